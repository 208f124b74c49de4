"""Questions that ask for a name (an operator, a place, a person) or a time of day: declined when the answering item
names none."""

from __future__ import annotations

import pytest

from assistant.answer_type import AnswerType, asked_type, names


@pytest.mark.parametrize(("question", "kind"), [
    ("どこの事業者が入るんですか？", AnswerType.ORG),
    ("会議録のシステムって、業者はどこ？", AnswerType.ORG),
    ("Which vendor supplies the system?", AnswerType.ORG),
    ("システムを請け負うベンダーはどこに決まった？", AnswerType.ORG), ("委託先はどこ？", AnswerType.ORG),
    ("ワイヤー錠はどこに行けばもらえる？", AnswerType.PLACE), ("どこで受け取れますか", AnswerType.PLACE),
    ("Where can I pick up the lock?", AnswerType.PLACE),
    ("Who runs the coworking space?", AnswerType.ORG),
    ("具体的にどの建物になるの？", AnswerType.PLACE),
    ("拠点はどこにできるの？", AnswerType.PLACE),
    # where a thing is (round 58); 「どこにあるか地図で見られる？」 asks whether a map shows it, not where
    ("売却した水路敷は、どこにありますか？", AnswerType.PLACE), ("その公園ってどのあたりにあるの？", AnswerType.PLACE),
    ("防犯カメラがどこにあるか地図で見られるの？", None),
    ("Where will the new library be built?", AnswerType.PLACE),
    ("マイナサポートセンターは何時まで開いてる？", AnswerType.HOURS), ("窓口の受付時間は？", AnswerType.HOURS),
    ("What are the opening hours of the support center?", AnswerType.HOURS),
    ("聞き取りをした不動産会社は、なんという会社ですか？", AnswerType.ORG),
    ("講演会はどこの会場で開かれたんですか？", AnswerType.PLACE), ("Where was the forum held?", AnswerType.PLACE),
    ("産後ケアって、どこの施設に泊まることになるの？", AnswerType.PLACE), ("どの施設に通えばいい？", AnswerType.PLACE),
    ("どの施設に導入したの？", None),  # which facilities a measure reached: no place to go to
    # which facilities, asked for themselves: their names
    ("福祉避難所の5か所は、どこの施設ですか？", AnswerType.PLACE), ("そこってどこの施設？", AnswerType.PLACE),
    ("視察したのはどこの施設で、視察日はいつ？", None),  # (the clause goes on: a when question)
    # names of several things: 具体的にどの事業, a list of names
    ("使いみちの5つの事業って、具体的にどの事業ですか", AnswerType.NAMES), ("具体的にどの作品？", AnswerType.NAMES),
    ("その施設の名前の一覧ってわかる？", AnswerType.NAMES), ("Which films specifically were shot there?", AnswerType.NAMES),
    # an app, a site or a payment service is asked by its name
    ("PayPayとか、どの決済サービスが使えるんですか？", AnswerType.NAMES), ("どのサイトで見られるんですか？", AnswerType.NAMES),
    ("Which app can I pay with?", AnswerType.NAMES),
    # software by its name: which (web-conferencing) software or tool; 「などの基幹システム」 asks none
    ("Which web-conferencing software does the city use?", AnswerType.NAMES), ("Which tool do they use?", AnswerType.NAMES),
    ("オンライン会議にはどのWeb会議ソフトを使っているの？", AnswerType.NAMES), ("住民情報などの基幹システムはどうする？", None),
    ("施設の名前を企業に売るネーミングライツは考えてる？", None), ("具体的にどんなことをする予定？", None),
    # a person: asked by 誰 of a role a person holds
    ("そのときの座長は誰？", AnswerType.PERSON), ("記録係を務めたのは誰ですか？", AnswerType.PERSON),
    ("話し合いの司会進行（座長）を務めたのは誰ですか？", AnswerType.PERSON),
    ("部会長（座長）をしていたのは誰？", AnswerType.PERSON), ("DX推進監の名前は？", AnswerType.PERSON),
    ("DX推進監って民間から来た人らしいけど、誰なんですか？", AnswerType.PERSON),
    ("CIO補佐になった方は、何というお名前ですか？", AnswerType.PERSON),  # お名前 is said of a person
    ("DX推進監の方って、どなたなんでしょうか。", AnswerType.PERSON),
    ("以前はどちらの会社にいらしたんですか？", AnswerType.ORG),  # どちらの: the polite どこの
    ("Which IT vendor will provide the system?", AnswerType.ORG),
    # a kind of organisation with words before it: どこの民間事業者, どのIT企業
    ("跡地の事業は、どこの民間事業者と組んで進めているんですか？", AnswerType.ORG), ("どのIT企業が作ったの？", AnswerType.ORG),
    ("どの程度の事業者数ですか？", None),
    ("家庭ごみの収集を委託した民間事業者の名前を教えてください。", AnswerType.ORG),  # a company's name (round 69-X)
    ("What is the name of the contractor?", AnswerType.ORG),
    ("Who is the new crisis management supervisor?", AnswerType.PERSON), ("Who chaired the meeting?", AnswerType.PERSON), ("Who chairs the new committee?", AnswerType.PERSON),
    # 誰 of an office, of the people a measure is for, of who does something: an office or a group answers
    ("担当は誰？", None), ("対象は誰ですか？", None), ("担当は民間から来た人らしいけど、誰？", None), ("CIOは誰がやってるの？", None), ("それ、誰に売ったの？", None),
    ("Who is in charge?", None), ("Who is the person in charge?", None), ("Who manages its progress?", None),
    # 何時 in kanji alone is as often いつ (since when); a number of hours is no time of day
    ("定年延長は何時から？", None), ("時間外勤務は何時間増えた？", None), ("How many hours did overtime increase?", None),
    # asking which office, how far, how much: no name of this kind
    ("担当はどこの課？", None), ("どこまで進める予定ですか？", None), ("どのくらい減った？", None),
    ("Which department is in charge?", None), ("Where can I read the plan?", None),
    ("どこで申し込めますか？", None),  # an application may be made online: no place asked
    # which university: an organisation; which school or park: a place by its own name (round 54-L)
    ("連携を相談する大学は、どこの大学ですか？", AnswerType.ORG), ("小学校4校って、どこの学校ですか？", AnswerType.PLACE),
    ("どの学校の数が多い？", None),  # how many schools, no name
    ("推進委員会の委員は具体的にどなたですか？", AnswerType.PERSON), ("Group1のメンバーって誰？", AnswerType.PERSON),
    # the official name of one thing, not yet decided where it is printed 「（仮称）…」 (round 70-Y)
    ("（仮称）こども家庭総合窓口の正式な名前は何に決まりましたか。", AnswerType.NAMES),
    ("窓口の名称は何になったの？", AnswerType.NAMES), ("What is the official name of the new counter?", AnswerType.NAMES),
])
def test_the_kind_of_name_a_question_asks_for(question, kind):
    assert asked_type(question) is kind


def test_a_name_counts_only_when_the_question_does_not_give_it():
    said = ["令和3年度から狛江駅前のfabbit狛江（ファビット）の利用も追加した。", "AI-OCRとRPAを導入した。"]
    assert names(AnswerType.ORG, said, "どこの会社のオフィス？") == ["fabbit"]  # AI-OCR and RPA name no one
    assert names(AnswerType.ORG, ["株式会社ぎょうせいに委託した。"], "どこの業者？") == ["株式会社"]
    assert names(AnswerType.ORG, ["公民連携事業を進めた。"], "どこの事業者？") == []
    assert names(AnswerType.ORG, ["副市長をCIOに、DX推進監をCIO補佐に位置付けた。"], "どちらの会社の方？") == []  # a role
    # 南部地域 is what the question already says; ひだまりセンター is a place it does not
    assert names(AnswerType.PLACE, ["多世代交流拠点を南部地域に整備する。"], "南部地域の拠点は具体的にどの建物？") == []
    assert names(AnswerType.PLACE, ["ひだまりセンターに整備する。"], "拠点は具体的にどの建物？") == ["ひだまりセンター"]
    # a kind of place alone names none; a word before it does
    assert names(AnswerType.PLACE, ["保育園や小学校に入る前に転入する。"], "具体的にどの建物？") == []
    assert "狛江第三小学校" in names(AnswerType.PLACE, ["狛江第三小学校を改修した。"], "具体的にどの建物？")
    # a room by its number, floor or size, or a minutes' field of the venue, says where a meeting is held
    assert names(AnswerType.PLACE, ["次回は、本庁舎4階第2会議室で開催する。"], "どこで開かれますか") == ["第2会議室"]
    assert names(AnswerType.PLACE, ["開催場所 市役所 大会議室"], "どこで開かれますか") != []
    assert names(AnswerType.PLACE, ["会場の確保が課題である。"], "どこで開かれますか") == []


def test_the_city_of_the_document_is_no_venue():
    held = ["狛江市立地適正化計画の策定に向けて、防災等に関するオープンハウスを開催した。"]
    asked = "オープンハウスはどこの会場でやったの？"
    assert names(AnswerType.PLACE, held, asked) == ["狛江"]  # UniDic's place name, in the plan's title
    assert names(AnswerType.PLACE, held, asked, ("狛江市", "狛江")) == []
    other = ["調布市と連携し、調布駅前で開催した。"]  # another city's place does say where
    assert "調布" in names(AnswerType.PLACE, other, "どこで開催した？", ("狛江市", "狛江"))


def test_a_person_is_named_by_a_full_name_or_a_name_with_an_honorific_beside_the_role_asked():
    minutes = ["記録者：山本宏太、上野紘美", "出席者 (4名) 鹿野 恭佑 小西 信生"]
    assert names(AnswerType.PERSON, minutes, "記録係を務めたのは誰ですか？") == ["山本宏太", "上野紘美"]
    assert names(AnswerType.PERSON, minutes, "座長は誰？") == []  # attendees, not a chair
    assert names(AnswerType.PERSON, minutes, "司会進行（座長）を務めたのは誰？") == []
    assert names(AnswerType.PERSON, ["作家の家田莊子さんの講演会を開催した。"], "講師は誰？") == []  # no word of the question
    assert names(AnswerType.PERSON, ["講演会の講師は作家の家田莊子さん。"], "講師は誰？") == ["家田莊子"]
    # a family name alone, 皆さん, a district: no one
    assert names(AnswerType.PERSON, ["市民の皆さんに中和泉地域の情報を届ける。"], "Who is the speaker?") == []
    assert names(AnswerType.PERSON, ["退職自衛官を危機管理監として採用します。"], "Who is the officer?") == []


def test_things_are_named_in_quotes_in_latin_letters_or_by_proper_nouns_not_by_their_count():
    asked = "ロケをしたドラマや映画って、具体的にどの作品？"
    assert names(AnswerType.NAMES, ["110件（延べ136箇所）の作品を受注した。"], asked) == []
    assert names(AnswerType.NAMES, ["「こまえロケ地さんぽ」を作成した。"], asked) == ["「こまえロケ地さんぽ」"]
    # an era before its year is a date; a place the question gives is no answer to it
    assert names(AnswerType.NAMES, ["令和4年4月1日から狛江市の5つの事業を使いみちに決定した。"], "狛江市の具体的にどの事業？") == []


def test_a_time_of_day_is_named_by_a_clock_time_not_by_a_number_of_hours():
    assert names(AnswerType.HOURS, ["令和4年3月22日に開設した。", "約4時間削減となった。"], "何時まで開いてる？") == []
    assert names(AnswerType.HOURS, ["午前10時00分～12時00分"], "何時に開く？") == ["午前", "10時", "12時"]


def test_an_event_whose_venue_is_not_printed_is_not_placed_in_its_city(pipeline):
    # 取組項目40 prints the open house's dates and visitors, and 狛江 only in the name of the plan it was held for
    _, composed = pipeline.answer("防災のオープンハウスって、どこの会場で開かれたの？")
    assert composed.abstained and composed.reason == "place_not_named"
    assert composed.citations[0].label == "取組項目40"
    _, composed = pipeline.answer("防災のオープンハウスには何人来たの？")
    assert not composed.abstained and composed.answer.startswith("約270人")


def test_an_item_that_prints_no_hours_does_not_answer_them(pipeline):
    _, composed = pipeline.answer("狛江のマイナサポートセンターは何時まで開いてる？")
    assert composed.abstained and composed.reason == "hours_not_named"
    assert composed.answer.startswith("ご質問の時間（営業時間・開始時刻など）は、資料に記載されていません。")
    assert composed.citations[0].label == "取組項目10"  # shown as the nearest item


def test_an_item_that_names_no_operator_does_not_answer_who(pipeline):
    _, composed = pipeline.answer("府中グリーンプラザの跡地の公民連携、どこの事業者が入って何ができるんですか？")
    assert composed.abstained and composed.reason == "org_not_named"
    assert composed.answer.startswith("ご質問の事業者・製品などの名前は、資料に記載されていません。")
    _, composed = pipeline.answer("Which company runs the satellite office Komae's staff started using in FY2021?")
    assert not composed.abstained
    assert "fabbit" in composed.answer


def test_the_name_must_be_in_the_sentence_that_answers(pipeline):
    # 取組項目04 names LINE, but in its sentence on vaccine bookings, not in the one on the AI minutes system
    _, composed = pipeline.answer("狛江市が導入したAI音声認識の会議録作成支援システムは、どこのメーカーの製品？")
    assert composed.abstained and composed.reason == "org_not_named"
    assert composed.citations[0].label == "取組項目04"
    _, composed = pipeline.answer("狛江市の公式アカウントの友だち登録が市民の半数を超えたのは、どこの会社のサービス？")
    assert not composed.abstained and composed.citations[0].label == "取組項目04" and "LINE" in composed.answer


def test_an_item_that_names_no_person_does_not_answer_who(pipeline):
    _, composed = pipeline.answer("府中の行財政運営部会の第3回で、部会長（座長）をしていたのは誰？")
    assert composed.abstained and composed.reason == "person_not_named"
    assert composed.answer.startswith("ご質問の人の名前は、資料に記載されていません。")
    assert composed.citations[0].label in ("グループ① 会議録", "グループ② 会議録")  # shown as the nearest items
    _, composed = pipeline.answer("府中市の第3回行財政運営部会で、グループ①の記録係を務めたのは誰ですか？")
    assert not composed.abstained and composed.citations[0].label == "グループ① 会議録"
    assert "山本宏太、上野紘美" in composed.answer


def test_a_school_asked_which_is_named_by_its_own_name():
    """「どこの学校？」 is answered by 「狛江第三小学校」, not by 「小学校4校の体育館」 nor 「全小中学校」 (round 54-L)."""
    question = "体育館にエアコンが付いた小学校4校って、どこの学校ですか？"
    assert names(AnswerType.PLACE, ["小学校4校の体育館に空調設備を設置した。", "全小中学校の無線LANを増強した。"],
                 question) == []
    assert names(AnswerType.PLACE, ["緑野第三小学校の体育館に空調設備を設置した。"], question) == ["緑野第三小学校"]
