"""Build p1_sasayuri.html: an old-style (HTML 4.01 Transitional, table layout)
town page, written as Shift_JIS (really cp932 / Windows-31J) bytes with CRLF
line ends.  Fictional town (ささゆり野町); all wording is invented."""
from pathlib import Path

OUT = Path(__file__).with_name("p1_sasayuri.html")

# ---------------------------------------------------------------- pieces
MENU_LINKS = [
    ("../chousei/aisatsu.html", "町長あいさつ"),
    ("../chousei/gaiyou.html", "町の概要"),
    ("../chousei/sougou.html", "総合計画"),
    ("index.html", "行政改革"),
    ("../zaisei/index.html", "財政状況"),
    ("../reiki/index.html", "例規集"),
    ("../nyusatsu/index.html", "入札・契約情報"),
    ("../saiyou/index.html", "職員採用"),
]

NEWS = [
    ("2024.04.15", "第４次行政改革大綱・実施計画を掲載しました"),
    ("2024.03.29", "令和６年度当初予算の概要"),
    ("2024.03.01", "町営住宅の入居者を募集します"),
]

# 実施計画一覧表 rows: (番号, 取組項目 (may hold <br>), 担当課 cell, 5 year marks)
GROUPS = [
    ("町民サービスの向上", [
        ("１－１", "窓口手続のオンライン化", "住民課<br>総務課", "●●●●●"),
        ("１－２", "「書かない窓口」の導入", "住民課", "○●●●●"),
        ("１－３", "ＬＩＮＥを活用した情報発信の充実", "総務課", "●●●●●"),
        ("１－４", "キャッシュレス決済の拡大", "会計室・税務課", "○●●●●"),
    ]),
    ("効率的な行財政運営", [
        ("２－１", "事務事業の棚卸し", "企画財政課", "●  ● "),
        ("２－２", "ＡＩ・ＲＰＡによる<br>業務の効率化", "総務課", "○●●●●"),
        ("２－３", "公共施設等総合管理計画に基づく施設の集約化", "企画財政課、建設課", "○○●●●"),
        ("２－４", "町税等の収納率向上", "税務課", "●●●●●"),
        ("２－５", "使用料・手数料の見直し", "企画財政課／上下水道課", "○● ○●"),
        # a withdrawn item, commented out by the webmaster (same number as the live 2-6)
        ("<!--", "２－６", "町営バス路線の再編", "企画財政課"),
        ("２－６", "定員管理の適正化", "総務課", "●●●●●"),
    ]),
    ("協働によるまちづくり", [
        ("３－１", "地域運営組織の設立支援", "まちづくり推進室", "●●●●●"),
        ("３－２", "協働のまちづくり補助金の見直し", "まちづくり推進室", "○●●●●"),
        ("３－３", "地域ぐるみの子育て支援の推進", "子育て支援センター・保健福祉課", "○●●●●"),
    ]),
]


def menu_html():
    rows = []
    for href, text in MENU_LINKS:
        if text == "行政改革":
            rows.append(
                '<TR><TD BGCOLOR="#D8ECD0"><IMG SRC="../images/arrow_on.gif" WIDTH=9 HEIGHT=9 ALT="">'
                '<FONT SIZE=2><B>行政改革</B></FONT></TD></TR>\n'
                '<TR><TD><FONT SIZE=2>　・<A HREF="gyokaku4.html">第４次行政改革大綱・実施計画</A><BR>\n'
                '　・<A HREF="gyokaku3.html">第３次行政改革大綱（終了）</A><BR>\n'
                '　・<A HREF="iinkai.html">行政改革推進委員会</A></FONT></TD></TR>')
        else:
            rows.append(
                '<TR><TD><IMG SRC="../images/arrow.gif" WIDTH=9 HEIGHT=9 ALT="">'
                f'<FONT SIZE=2><A HREF="{href}">{text}</A></FONT></TD></TR>')
    news = "\n".join(
        '<TR><TD><FONT SIZE=1 COLOR="#666666">{}</FONT><BR><FONT SIZE=2>{}</FONT></TD></TR>'.format(*n)
        for n in NEWS)
    return """<!-- 左メニュー -->
<TABLE WIDTH=160 BORDER=0 CELLSPACING=0 CELLPADDING=4>
<TR><TD><IMG SRC="../images/menu_chousei.gif" WIDTH=160 HEIGHT=28 ALT="町政情報"></TD></TR>
{}
<TR><TD><IMG SRC="../images/spacer.gif" WIDTH=1 HEIGHT=12 ALT=""></TD></TR>
<TR><TD BGCOLOR="#336633"><FONT SIZE=2 COLOR="#FFFFFF"><B>新着情報</B></FONT></TD></TR>
{}
</TABLE>
<!-- 左メニューここまで -->""".format("\n".join(rows), news)


def table_html():
    out = ["""<table border="1" cellspacing="0" cellpadding="3" width="100%" bordercolor="#999999">
<tr bgcolor="#ccffcc">
<th rowspan="2" width="50"><font size="2">番号</font></th>
<th rowspan="2"><font size="2">取組項目</font></th>
<th rowspan="2" width="110"><font size="2">担当課</font></th>
<th colspan="5"><font size="2">実施年度</font></th>
</tr>
<tr bgcolor="#ccffcc">
<th width="34"><font size="2">Ｒ６</font></th><th width="34"><font size="2">Ｒ７</font></th><th width="34"><font size="2">Ｒ８</font></th><th width="34"><font size="2">Ｒ９</font></th><th width="34"><font size="2">Ｒ１０</font></th>
</tr>"""]
    for group, rows in GROUPS:
        out.append(f'<tr><td colspan="8" bgcolor="#ffffcc"><font size="2"><b>{group}</b></font></td></tr>')
        for r in rows:
            if r[0] == "<!--":
                _, no, name, dept = r
                out.append(f'<!--\n<tr><td align="center"><font size="2">{no}</font></td>'
                           f'<td><font size="2">{name}</font></td><td><font size="2">{dept}</font></td>'
                           '<td align="center">●</td><td align="center">●</td><td>&nbsp;</td>'
                           '<td>&nbsp;</td><td>&nbsp;</td></tr>\n-->')
                continue
            no, name, dept, marks = r
            cells = "".join(
                '<td align="center"><font size="2">%s</font></td>' % (m if m.strip() else "&nbsp;")
                for m in marks)
            out.append(f'<tr><td align="center"><font size="2">{no}</font></td>'
                       f'<td><font size="2">{name}</font></td>'
                       f'<td><font size="2">{dept}</font></td>{cells}</tr>')
    out.append("</table>")
    return "\n".join(out)


TOP = '<div align="right"><font size="2"><a href="#top">▲ページの先頭へ</a></font></div>'

CONTENT = """<!-- 本文 -->
<font size="2"><a href="../index.html">トップページ</a> ＞ <a href="../chousei/index.html">町政情報</a> ＞ <a href="index.html">行政改革</a> ＞ 第４次行政改革大綱・実施計画</font><br>
<img src="../images/spacer.gif" width="1" height="8" alt=""><br>
<img src="../images/ttl_gyokaku.gif" width="590" height="36" alt="行政改革"><br>
<br>
<center><font size="4" color="#003399"><b>ささゆり野町第４次行政改革大綱・実施計画</b></font></center>
<p align="center"><font size="2">（計画期間：令和６年度～令和１０年度）</font></p>

<p><font size="2">
　町では、平成１７年度から３次にわたって行政改革大綱を定め、事務の見直しや職員数の適正化に取り組んできました。<br>
　第３次大綱（令和元年度～令和５年度）の期間が終わったことから、行政改革推進委員会の意見を踏まえて、令和６年３月に「第４次ささゆり野町行政改革大綱」とその実施計画を策定しました。<br>
　大綱と実施計画の概要は次のとおりです。全文はＰＤＦファイルでご覧いただけます。<br>
<img src="../images/icon_pdf.gif" width="16" height="16" alt="PDF"> <a href="pdf/taikou4.pdf">第４次ささゆり野町行政改革大綱・実施計画（PDF：1.2MB）</a>
</font></p>

<hr size="1" noshade>

<font size="3" color="#006600"><b>１．大綱策定の趣旨</b></font><br>
<p><font size="2">
　本町の人口は、令和５年１０月１日現在で１０，８４２人となり、１０年前と比べて約１，３００人減少しています。<br>
　一方で、町税収入は伸び悩み、扶助費や公共施設の維持管理経費は年々増加しています。主な指標の推移は次のとおりです。
</font></p>
<table border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">
<tr bgcolor="#eeeeee"><td><font size="2">区分</font></td><td align="center"><font size="2">令和元年度</font></td><td align="center"><font size="2">令和５年度</font></td></tr>
<tr><td><font size="2">職員数（普通会計）</font></td><td align="right"><font size="2">１２８人</font></td><td align="right"><font size="2">１２１人</font></td></tr>
<tr><td><font size="2">経常収支比率</font></td><td align="right"><font size="2">８９．４％</font></td><td align="right"><font size="2">９２．１％</font></td></tr>
<tr><td><font size="2">公共施設の延床面積</font></td><td align="right"><font size="2">５８，２００㎡</font></td><td align="right"><font size="2">５７，９００㎡</font></td></tr>
</table>
<p><font size="2">
　このような状況の中でも必要な行政サービスを維持していくため、限られた財源と人員を効果的に配分する仕組みづくりを進めます。
</font></p>
""" + TOP + """
<hr size="1" noshade>

<font size="3" color="#006600"><b>２．計画期間</b></font><br>
<p><font size="2">
　令和６年度（２０２４年度）から令和１０年度（２０２８年度）までの５年間とします。<br>
　なお、実施計画は社会情勢の変化に応じて毎年度見直します。
</font></p>
""" + TOP + """
<hr size="1" noshade>

<font size="3" color="#006600"><b>３．改革の基本方針</b></font><br>
<p><font size="2">
　第４次大綱では、次の３つを基本方針として改革を進めます。<br>
<br>
<b>（１）町民サービスの向上</b><br>
　手続のオンライン化や窓口の一本化を進め、町民の皆さんが役場に来なくても用事が済む環境を整えます。<br>
<br>
<b>（２）効率的な行財政運営</b><br>
３年ごとに全ての事務事業の棚卸しを行い、役割を終えた事業の廃止や統合を進めます。<br>
　公共施設は、公共施設等総合管理計画に基づき、延床面積を令和１０年度までに５％縮減します。<br>
<br>
<b>（３）協働によるまちづくり</b><br>
　地域の課題を地域で解決できるよう、地区ごとの地域運営組織づくりを支援します。
</font></p>
""" + TOP + """
<hr size="1" noshade>

<font size="3" color="#006600"><b>４．重点取組</b></font><br>
<table border="0" cellspacing="0" cellpadding="8" width="100%" bgcolor="#fffff0">
<tr><td><font size="2">
　実施計画に掲げる取組のうち、特に重点的に進める４つの取組は次のとおりです。<br>
<br>
<b>①窓口手続のオンライン化</b><br>
　住民票の写しや各種証明書の交付申請など、利用の多い手続から順にオンライン申請に対応します。<br>
　令和５年度末のオンライン対応手続は１８件で、令和８年度までに６０件とすることを目標とします。<br>
担当課：住民課、総務課<br>
<br>
<b>②公共施設等総合管理計画に基づく<br>
　施設の集約化</b><br>
企画財政課・建設課<br>
　老朽化が進む北地区公民館と北地区児童館を、令和８年度に複合施設として整備します。<br>
２施設を１施設にまとめることで、延床面積を約６２０㎡縮減する見込みです。<br>
<br>
<b>③町税等の収納率向上（税務課）</b><br>
　町税の現年課税分の収納率は９８．６％（令和４年度）です。<br>
　スマートフォン決済の対象税目を広げ、口座振替の利用を勧めることで、収納率９９．０％をめざします。<br>
関係課：会計室<br>
<br>
<b>④地域運営組織の設立支援</b><br>
　町内７地区のうち、地域運営組織が設立されているのは２地区にとどまっています。<br>
　設立を検討している地区に職員を派遣し、規約づくりや活動計画の策定を支援します。<br>
<div align="right">担当課：まちづくり推進室</div>
※①～④の取組の年度別の予定は、５．の一覧表の番号１－１、２－３、２－４、３－１をご覧ください。
</font></td></tr>
</table>
""" + TOP + """
<hr size="1" noshade>

<font size="3" color="#006600"><b>５．実施計画一覧表</b></font><br>
<p><font size="2">
　基本方針ごとの取組と年度別の予定は次の表のとおりです。<br>
（凡例）○：検討・準備　●：実施
</font></p>
""" + table_html() + """
""" + TOP + """
<hr size="1" noshade>

<font size="3" color="#006600"><b>６．推進体制</b></font><br>
<p><font size="2">
<b>（１）行政改革推進本部</b><br>
　町長を本部長とし、課長等で構成する推進本部において、実施計画の進捗を管理します。<br>
<br>
<b>（２）行政改革推進委員会</b><br>
　学識経験者や町民の代表など１０人の委員で構成する委員会に、毎年度の取組状況を報告し、意見をいただきます。<br>
　委員会の意見と取組状況は、毎年度、広報ささゆり野と町ホームページでお知らせします。
</font></p>
""" + TOP + """
<br>
<table border="1" cellspacing="0" cellpadding="6" width="100%" bordercolor="#669966">
<tr><td bgcolor="#eef7ee"><font size="2">
<b>このページに関するお問い合わせ</b><br>
ささゆり野町役場　総務課　行政係<br>
〒123-4567　ささゆり野町大字中央１番地<br>
TEL：0000-12-3456（内線２１４）　FAX：0000-12-3457<br>
E-mail：<a href="mailto:gyosei@town.sasayurino.example">gyosei@town.sasayurino.example</a>
</font></td></tr>
</table>
<p align="right"><font size="2">最終更新日：令和6年4月15日</font></p>
<center><font size="2"><a href="javascript:history.back();">戻る</a>　｜　<a href="../index.html">トップページへ</a></font></center>
<!-- 本文ここまで -->"""

PAGE = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<META http-equiv="Content-Style-Type" content="text/css">
<META http-equiv="Content-Script-Type" content="text/javascript">
<META name="GENERATOR" content="IBM WebSphere Homepage Builder Version 6.5.0.0 for Windows">
<META name="keywords" content="ささゆり野町,行政改革,大綱,実施計画">
<TITLE>行政改革大綱・実施計画／ささゆり野町ホームページ</TITLE>
<LINK rel="stylesheet" href="../css/common.css" type="text/css">
<SCRIPT language="JavaScript">
<!--
function swapImg(n, src) {{ if (document.images) {{ document.images[n].src = src; }} }}
//-->
</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#333333" LINK="#0033CC" VLINK="#663399" TOPMARGIN=0 LEFTMARGIN=0 MARGINHEIGHT=0 MARGINWIDTH=0>
<A NAME="top"></A>
<TABLE WIDTH=770 BORDER=0 CELLSPACING=0 CELLPADDING=0 ALIGN=center>
<!-- ヘッダー -->
<TR>
<TD COLSPAN=3 BGCOLOR="#336633">
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=6>
<TR>
<TD><A HREF="../index.html"><IMG SRC="../images/logo.gif" WIDTH=240 HEIGHT=48 BORDER=0 ALT="ささゆり野町ホームページ"></A></TD>
<TD ALIGN=right VALIGN=bottom><FONT SIZE=2 COLOR="#FFFFFF">
<A HREF="../index.html"><FONT COLOR="#FFFFFF">トップページ</FONT></A>｜<A HREF="../sitemap.html"><FONT COLOR="#FFFFFF">サイトマップ</FONT></A>｜<A HREF="../toiawase.html"><FONT COLOR="#FFFFFF">お問い合わせ</FONT></A>｜<A HREF="../english/index.html"><FONT COLOR="#FFFFFF">English</FONT></A>
</FONT></TD>
</TR>
</TABLE>
</TD>
</TR>
<TR><TD COLSPAN=3><IMG SRC="../images/spacer.gif" WIDTH=1 HEIGHT=10 ALT=""></TD></TR>
<TR>
<TD WIDTH=160 VALIGN=top BGCOLOR="#F3F9F0">
{menu_html()}
</TD>
<TD WIDTH=20><IMG SRC="../images/spacer.gif" WIDTH=20 HEIGHT=1 ALT=""></TD>
<TD WIDTH=590 VALIGN=top>
{CONTENT}
</TD>
</TR>
<!-- フッター -->
<TR><TD COLSPAN=3><IMG SRC="../images/spacer.gif" WIDTH=1 HEIGHT=16 ALT=""></TD></TR>
<TR>
<TD COLSPAN=3 BGCOLOR="#336633" ALIGN=center>
<FONT SIZE=2 COLOR="#FFFFFF">ささゆり野町役場　〒123-4567　ささゆり野町大字中央１番地　TEL 0000-12-3456（代表）<BR>
開庁時間：月曜日～金曜日　午前８時３０分～午後５時１５分（祝日・年末年始を除く）<BR>
Copyright &copy; 2005 Sasayurino Town. All Rights Reserved.</FONT>
</TD>
</TR>
</TABLE>
</BODY>
</HTML>
"""


def main():
    text = PAGE.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode("cp932")          # Windows-31J bytes, declared as Shift_JIS
    OUT.write_bytes(data)
    print(OUT, len(data), "bytes")


if __name__ == "__main__":
    main()
