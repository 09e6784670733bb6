"""RES019 teasers above the article's dated header, and RES020 source and sign-off lines:
what must and must not be flagged."""

from __future__ import annotations

from audit.analyse.content import detect

BODY = (
    "Die Plattform für Alleinerziehende hat den Ausbau flächendeckender und leistbarer"
    " Kinderbetreuung gefordert. Gerade Alleinerziehende seien auf Betreuung auch außerhalb"
    " der Kindergartenzeit angewiesen, erklärte die Plattform zum Tag der Kinderrechte.\n"
    "Die Plattform verwies auf Modelle in Wien, wo Kinderbetreuung daheim angeboten wird,"
    " und forderte vom Bund eine gesicherte Finanzierung solcher Angebote für Alleinerziehende.\n"
)
TEASER = (
    "Caritas: Schulerfolg darf nicht länger Frage des Einkommens sein\n"
    "Generalsekretärin Parr: Armut verhindern durch gezielte Bildungspolitik - Mehr"
    " außerschulische Gratis-Angebote wie etwa Lerncafés gefordert\n"
)
TITLE = "Plattform für Alleinerziehende fordert Ausbau der Kinderbetreuung\n19.11.2021\n"


def _spans(text: str, code: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text) if f.code == code]


def test_another_storys_teaser_above_the_title_and_date_is_flagged() -> None:
    text = TEASER + "Diözesen & Pfarren\n" + TITLE + BODY
    assert _spans(text, "RES019") == [TEASER.rstrip("\n")]


def test_title_and_standfirst_above_the_date_are_the_articles_own() -> None:
    standfirst = "Die Plattform fordert Kinderbetreuung für Alleinerziehende auch am Abend\n"
    assert _spans(TITLE.replace("\n", "\n" + standfirst, 1) + BODY, "RES019") == []
    assert _spans(TITLE + BODY, "RES019") == []


def test_a_foreign_title_right_above_the_date_is_never_taken_for_a_teaser() -> None:
    title = "Commentary on Political Economy\nNotes from the week in markets\n"
    assert _spans(title + "Tuesday 3 December 2019\n" + BODY, "RES019") == []


def test_no_date_line_means_no_header_to_measure_from() -> None:
    assert _spans(TEASER + TITLE.split("\n")[0] + "\n" + BODY, "RES019") == []


def test_source_lines_and_sign_offs_are_residue_never_spam() -> None:
    text = BODY + "Quelle: Landesregierung\n" + BODY + "aja/PAP\n"
    flags = [f for f in detect(text) if f.code == "RES020"]
    assert [text[f.start : f.end] for f in flags] == ["Quelle: Landesregierung", "aja/PAP"]
    assert {f.category for f in flags} == {"residue"}


def test_a_capitals_code_counts_only_where_the_text_ends() -> None:
    assert _spans(BODY + "KNA\n", "RES020") == ["KNA"]
    assert _spans(BODY + "RIRM\n", "RES020") == ["RIRM"]
    assert _spans(BODY + "FAZIT\n" + BODY, "RES020") == []
    assert _spans("USA\n" + BODY, "RES020") == []


def test_a_line_another_detector_flags_is_left_to_it() -> None:
    text = BODY + "Source: [Taipei Times - 2019/11/18](#)\n"
    assert _spans(text, "RES020") == []
    assert _spans(text, "RES007") == ["Source: [Taipei Times - 2019/11/18](#)"]
