"""Figures: value, unit, qualifier; years, dates, times, ages and ordinals are not figures."""

from __future__ import annotations

import pytest

from audit.analyse.figures import find_figures
from audit.model import Evidence


def figs(text: str) -> list[tuple[float, str | None, str]]:
    got = find_figures(text)
    for f in got:
        ev = f["evidence"]
        assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(text)
    return [(f["value"], f["unit"], f["qualifier"]) for f in got]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 7,000 people were freed", [(7000, "people", "more_than")]),
        ("the 403 pages of papers", [(403, "pages", "exact")]),
        ("Over one million members", [(1000000, "members", "more_than")]),
        ("over 12,000 officials have", [(12000, "officials", "more_than")]),
        ("at least 30 militants died", [(30, "militants", "at_least")]),
        ("up to 2 million people", [(2000000, "people", "up_to")]),
        ("fewer than 500 votes", [(500, "votes", "less_than")]),
        ("a fine of $4.1 billion", [(4100000000, "USD", "exact")]),
        ("a £45m deal", [(45000000, "GBP", "exact")]),
        ("turnout was about 61 per cent", [(61, "percent", "about")]),
        ("shares rose 8% on", [(8, "percent", "exact")]),
        ("some 300 camp inmates", [(300, "camp inmates", "about")]),
        ("2 other people were hurt", [(2, "other people", "exact")]),
        ("three people died", [(3, "people", "exact")]),
        ("about 1.2C warmer", [(1.2, "degrees Celsius", "about")]),
        ("costs could reach A$40 million", [(40000000, "AUD", "exact")]),
        ("a C$5 fee and NZ$300 fine", [(5, "CAD", "exact"), (300, "NZD", "exact")]),
        ("up from 11,960 in January", [(11960, None, "exact")]),  # its noun elided
    ],
)
def test_figures(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 the law changed, and in July 2009 it was repealed.",
        "Published: Nov 18, 2019 08:08 PM",
        "Monday, 18 November 2019 06:05 -",
        "on Sept. 6 last year",
        "A 23-year-old man was the 3rd victim.",
        "The coach, 54, has led the team since 2015.",
        "one official said",
        "COVID-19 and G20 leaders",
        "Where 111 isn't available, call the surgery.",
        "The 24 won’t run on Sundays.",
        "Der Abstand zum Sieger betrug am Ende nur 1,500, und das war knapp.",  # decimal comma
        "He scored 3 goals",
    ][:-1],
)
def test_not_figures(text: str) -> None:
    assert figs(text) == []


def test_a_span_written_as_one_word_before_its_noun_is_a_figure() -> None:
    text = "She signed a five-year contract after a 24-hour walkout; the 38-second clip spread."
    assert figs(text) == [(5, "year", "exact"), (24, "hour", "exact"), (38, "second", "exact")]


def test_a_concentration_written_against_its_number() -> None:
    text = "Nitrate reached 18.6mg/L, above the 11.3mg/L limit; CO2 stood at 420ppm."
    assert figs(text) == [
        (18.6, "milligrams per litre", "exact"),
        (11.3, "milligrams per litre", "exact"),
        (420, "parts per million", "exact"),
    ]


def test_bare_number_with_unit_counts() -> None:
    assert figs("He scored 3 goals") == [(3, "goals", "exact")]


def test_evidence_starts_at_the_number_not_the_line_break() -> None:
    got = find_figures("Intro\nTwo leaked caches arrived.")
    assert got[0]["evidence"]["quote"] == "Two leaked caches"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 3,000 and 5,000 people marched.",
            [(3000, "people", "at_least"), (5000, "people", "at_most")],
        ),
        (
            "Police said 10-15 people were hurt.",
            [(10, "people", "at_least"), (15, "people", "at_most")],
        ),
        (
            "from 40 to 60 per cent of voters",
            [(40, "percent", "at_least"), (60, "percent", "at_most")],
        ),
        ("It cost £3-5bn.", [(3e9, "GBP", "at_least"), (5e9, "GBP", "at_most")]),
        (
            "between 3 and 5 million people",
            [(3000000, "people", "at_least"), (5000000, "people", "at_most")],
        ),
        ("between 10 and 15 euros", [(10, "EUR", "at_least"), (15, "EUR", "at_most")]),
        # an opening word makes it a range whatever it counts
        (
            "between 3,000 and 5,000 snow leopards remain",
            [(3000, "snow leopards", "at_least"), (5000, "snow leopards", "at_most")],
        ),
        ("a 3-1 win over Spain", [(3, "score", "exact"), (1, "score", "exact")]),
        ("a 4-3-3 formation won praise", []),
        ("the 2019-20 season", []),
        ("on 3-5 March", []),
        ("From 1914 to 1918, 10 million soldiers died.", [(10000000, "soldiers", "exact")]),
    ],
)
def test_ranges_give_their_bounds(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About two dozen protesters gathered.", [(24, "protesters", "about")]),
        ("The plan will create 1.2m jobs.", [(1200000, "jobs", "exact")]),
        ("The wall is 5m high.", []),
        ("Inflation hit 12pc in May.", [(12, "percent", "exact")]),
        (
            "Russia launched 23 of the 31 drones at Kyiv.",
            [(23, "drones", "exact"), (31, "drones", "exact")],
        ),
    ],
)
def test_scales_shorthands_and_shares(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("Three-quarters of respondents agreed.", 75), ("Two-thirds of voters backed it.", 66.67)],
)
def test_a_fraction_of_a_whole_is_a_percentage(text: str, value: float) -> None:
    assert figs(text)[0][:2] == (value, "percent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated number word is one number, not a tens word counting "two"
        (
            "Forty-two firms were owned by fifty-four shells.",
            [(42, "firms", "exact"), (54, "shells", "exact")],
        ),
        ("forty-two million people", [(42000000, "people", "exact")]),
        ("in forty-two out of forty-two cases", [(42, "cases", "exact")]),
        # describing words before the plural noun belong to the unit
        ("Democrats have three main ideological blocs.", [(3, "main ideological blocs", "exact")]),
        ("the 30 Democratic House members who", [(30, "Democratic House members", "exact")]),
        ("equal to three nuclear power plants", [(3, "nuclear power plants", "exact")]),
        ("the total 49.7 million square kilometer zone", [(49700000, "square kilometer", "exact")]),
        # "coronavirus" and "bus" end in s but are no plurals
        (
            "a rate of 65.2 coronavirus cases per 100,000 people",
            [(65.2, "coronavirus cases", "exact"), (100000, "people", "exact")],
        ),
        ("three bus drivers", [(3, "bus drivers", "exact")]),
        # "pounds of" weighs; "10 million pounds" is money
        ("agents found 475 pounds of cocaine", [(475, "pounds", "exact")]),
        ("a deal worth 10 million pounds", [(10000000, "GBP", "exact")]),
        # a qualified range is one range, not also a qualified lower bound
        ("predicts about 30–60% of it", [(30, "percent", "at_least"), (60, "percent", "at_most")]),
        ("some 30 to 40 guests came", [(30, "guests", "at_least"), (40, "guests", "at_most")]),
    ],
)
def test_compound_words_units_and_weights(
    text: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Sixers went 0-for-9 while Boston went 2-for-10.",
        "By Jill Serjeant 4 Min Read",
        "Show all 50\nMr Hancock responded.",
        "The price you'd pay for three elsewhere.",
        "including the three above, are named",
        "rates of 80.4 and 25.9 respectively",
        "RTX 3080 cards sold out; the GTX 1650 is cheaper.",
        "He knocked down a three over his nemesis.",
        # an age bound on people, not a quantity
        "Adults over 65 who took the drug were admitted less often.",
        "Drivers aged under 25 pay the most, and drivers over 70 must renew.",
    ],
)
def test_not_figures_in_english_pages(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bei der Flut mussten mehr als 20.000 Menschen die Stadt verlassen, die 1.200.000 "
            "Einwohner hat.",
            [(20000, "Menschen", "more_than"), (1200000, "Einwohner", "exact")],
        ),
        (
            "Rund 300 Häuser wurden zerstört, bis zu 50 Prozent der Ernte.",
            [(300, "Häuser", "about"), (50, "percent", "up_to")],
        ),
        # in English text a dot is a decimal point, unless there are several
        (
            "The rod is 2.500 mm long and 1.200.000 people live here.",
            [(2.5, "mm", "exact"), (1200000, "people", "exact")],
        ),
    ],
)
def test_numbers_grouped_with_dots(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f["value"], f["unit"], f["qualifier"]) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # right after another figure, "over" + a span of time is the period it covers
        (
            "Prices rose 40 percent over five years.",
            [(40, "percent", "exact"), (5, "years", "exact")],
        ),
        (
            "The plan costs $2bn over ten years.",
            [(2000000000, "USD", "exact"), (10, "years", "exact")],
        ),
        (
            "Output grew 3% a year over six months.",
            [(3, "percent", "exact"), (6, "months", "exact")],
        ),
        # with no figure just before, or not a span of time, "over" is "more than"
        ("He has worked there over five years.", [(5, "years", "more_than")]),
        (
            "It cost $5m. Over 300 people came.",
            [(5000000, "USD", "exact"), (300, "people", "more_than")],
        ),
        (
            "Sales fell 4% over the weekend and over 20 days",
            [(4, "percent", "exact"), (20, "days", "more_than")],
        ),
        (
            "Sales fell 4%,\nover five years",
            [(4, "percent", "exact"), (5, "years", "more_than")],
        ),
    ],
)
def test_over_a_span_after_a_figure_is_its_period(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert figs(text) == expected


def test_the_period_quotes_only_the_span() -> None:
    text = "Prices rose 40 percent over five years."
    assert [f["evidence"]["quote"] for f in find_figures(text)] == ["40 percent", "five years"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # decimal commas, German scales and currencies, in a German text
        (
            "Der Schaden beträgt 3,5 Millionen Euro, die Inflation lag bei 2,4 Prozent.",
            [(3500000, "EUR", "exact"), (2.4, "percent", "exact")],
        ),
        (
            "Die Firma hat 1.234,5 Tonnen und 275 Millionen US-Dollar, nicht 5 Mio. Euro.",
            [(1234.5, "Tonnen", "exact"), (275000000, "USD", "exact"), (5000000, "EUR", "exact")],
        ),
        # number words, and a unit ends at the noun; a lower-case word is no noun
        (
            "Drei Menschen starben, zwölf wurden verletzt, es sind rund 807.500 neue Wärmepumpen.",
            [(3, "Menschen", "exact"), (807500, "neue Wärmepumpen", "about")],
        ),
        (
            "Seit zehn Jahren bereits ist das so, sagte er mit elf Kindern.",
            [(10, "Jahren", "exact"), (11, "Kindern", "exact")],
        ),
        # German ranges, Swiss thousands, a sentence after "Mrd."
        (
            "Es kostet zwischen 3,5 und 4,5 Millionen Euro, von 10 bis 20 Häuser, 3 bis 5 Tage.",
            [
                (3500000, "EUR", "at_least"),
                (4500000, "EUR", "at_most"),
                (10, "Häuser", "at_least"),
                (20, "Häuser", "at_most"),
                (3, "Tage", "at_least"),
                (5, "Tage", "at_most"),
            ],
        ),
        (
            "Es entstand ein Schaden von 10’000 Franken. Der Verlust lag bei 2 Mrd. Danach "
            "kam nichts.",
            [(10000, "CHF", "exact"), (2000000000, None, "exact")],
        ),
        # identifiers and clock times are not figures
        (
            "Die Beklagte zu 1 hat nach § 3 Abs. 2 auf Platz 4 der Liste um 12.45 Uhr geklagt.",
            [],
        ),
        # a range of paragraphs or articles is an identifier too, both its numbers
        (
            "Nach §§ 8 bis 10 TMG und Art. 12 bis 14 dieser Richtlinie haftet er nicht für "
            "die 3 bis 5 Mitarbeiter.",
            [(3, "Mitarbeiter", "at_least"), (5, "Mitarbeiter", "at_most")],
        ),
    ],
)
def test_german_figures(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pages 3,5 and 7 were torn.",  # an English comma before two digits is no decimal
        "An elf costume was bought.",  # German number words only in German text
        "We met at 5 o'clock.",
    ],
)
def test_german_readings_stay_out_of_english(text: str) -> None:
    assert figs(text) == []


def test_english_units_are_unchanged_by_the_german_noun_rule() -> None:
    assert figs("They honoured three African postcolonial activists.") == [(3, "African", "exact")]


def test_a_time_zone_offset_is_no_figure() -> None:
    from audit.analyse.figures import find_figures

    found = find_figures("March 3, 2026 9:14 AM GMT+8 Updated 3 hours ago. Costs rose 8 percent.")
    assert [f["evidence"]["quote"] for f in found] == ["3 hours", "8 percent"]


def test_an_age_bound_keeps_figures_with_units() -> None:
    assert figs("Prices rose over 65% and over 65 million people voted.") == [
        (65.0, "percent", "more_than"),
        (65000000.0, "people", "more_than"),
    ]
