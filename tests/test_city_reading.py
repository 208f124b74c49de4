"""A town added with its documents, named in Latin letters (assistant.city_reading)."""

from __future__ import annotations

from assistant.city_reading import latin_forms, named_in_latin, readings

TOWNS = ["ひいらぎ野市", "やまぶき沢町", "ほしかげ町", "狛江市"]


def test_a_town_is_named_by_any_reading_its_name_can_have():
    # 野 is の or や, 沢 さわ or ざわ (as the second word of a name): either romanisation names the town
    assert named_in_latin("When will Hiiragino City start?", TOWNS) == ["ひいらぎ野市"]
    assert named_in_latin("In Yamabukizawa town, from which year?", TOWNS) == ["やまぶき沢町"]
    assert named_in_latin("When will people in Yamabukisawa Town be able to book?", TOWNS) == ["やまぶき沢町"]
    assert named_in_latin("Tell me about Hoshikage.", TOWNS) == ["ほしかげ町"]
    assert named_in_latin("What did Komae do?", TOWNS) == ["狛江市"]
    # two words for one name; long vowels as people write them or not
    assert named_in_latin("What does Yamabuki Sawa plan?", TOWNS) == ["やまぶき沢町"]
    assert named_in_latin("What does Fuchu plan, and Fuchuu?", ["府中市"]) == ["府中市"]


def test_other_words_name_no_town():
    assert named_in_latin("Is there a shop near the station? What about Chofu?", TOWNS) == []
    assert named_in_latin("Does the city office plan more for the Tama River?", TOWNS) == []
    assert latin_forms("When will Hiiragino City start using AI?", TOWNS) == ["hiiragino"]


def test_the_readings_of_a_name_are_those_of_its_stem():
    # ひいらぎ野 (市 left off): の and や among them, compared unvoiced
    assert {"ひいらきの", "ひいらきや"} <= readings("ひいらぎ野市")
    assert readings("ほしかげ町") == {"ほしかけ"}
