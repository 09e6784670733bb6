"""Plain-text headers below long site menus and subscribe boxes: the menu's one-per-line
section links do not use up the header, a furniture line never ends it, and a logo's or
home link's words are not the site's name. Invented sites and people."""

from __future__ import annotations

from audit.analyse.header import read_header

MENU = "\n".join(
    [
        *("Arts + Culture", "Economy", "Education", "Environment + Energy", "Ethics + Religion"),
        *("Health", "Politics + Society", "Science + Tech", "Podcasts", "Local Sport"),
    ]
)
HEADLINE = "Why a cloud of corn dust can level a grain elevator in seconds"
BODY = (
    "Grain elevators hold enough fine dust to turn a spark into a blast, and the "
    "explosion on Monday night was the third in the state this decade, records show."
)


def test_a_long_menu_above_the_headline_leaves_room_for_the_header() -> None:
    text = f"Close\nSearch\nFresh thinking, plainly said\n{MENU}\n\n{HEADLINE}\n\n"
    text += (
        f"Published: November 19, 2026 8:22am EST\n\nJane Roe, Valley State University\n\n{BODY}\n"
    )
    header = read_header(text)
    assert header.title is not None and header.title.text == HEADLINE
    assert [d.line.text for d in header.dates] == ["Published: November 19, 2026 8:22am EST"]
    assert header.masthead is None  # "Close" is a button, not the site


def test_a_home_link_or_logo_after_the_site_name_is_not_part_of_it() -> None:
    for top, site in [
        ("Harbour Radio - back to home", "Harbour Radio"),
        ("Valley Courier Logo", "Valley Courier"),
    ]:
        text = f"{top}\nHome\nLatest\nOpinion\nBusiness\nWorld\n\n{HEADLINE}\n\n"
        text += f"Jane Roe\nPublished November 21, 2026\n\n{BODY}\n"
        header = read_header(text)
        assert header.masthead is not None and header.masthead.text == site
        assert header.title is not None and header.title.text == HEADLINE


def test_a_subscribe_box_above_the_post_is_furniture() -> None:
    text = (
        "The Riverside Ledger\nSubscribe\nSign in\n\nDiscover more from The Riverside Ledger\n"
        "Local news and council meetings for the valley.\nOver 2,000 subscribers\nSubscribe\n"
        "By subscribing, I agree to the platform's Terms of Use, and acknowledge its "
        "Information Collection Notice and Privacy Policy\n"
        "Already have an account? Sign in\n\n"
        f"{HEADLINE}\nA long Saturday and some questions\n\nJane Roe\nNov 22, 2026\n\n{BODY}\n"
    )
    header = read_header(text)
    assert header.title is not None and header.title.text == HEADLINE
    assert [b.names.text for b in header.bylines] == ["Jane Roe"]


def test_an_edition_label_before_the_date_is_no_byline() -> None:
    text = f"E-Paper | November 21, 2026\n\n{HEADLINE}\n\nJane Roe\n"
    text += f"Published November 21, 2026\n\n{BODY}\n"
    assert [b.names.text for b in read_header(text).bylines] == ["Jane Roe"]


def test_a_byline_above_share_links_below_the_headline_stays_a_byline() -> None:
    text = f"National\n\n{HEADLINE}\n\nUpdated November 17, 2026\n\nJane Roe\n\n"
    text += f"Facebook\nFlipboard\nEmail\n\n{BODY}\n"
    header = read_header(text)
    assert [b.names.text for b in header.bylines] == ["Jane Roe"]


def test_the_site_name_opening_a_bar_of_links_is_the_masthead() -> None:
    for top in ("Kessel Times | Politics | Media | Log In", "Harbour Post | Shop | Search"):
        text = f"{top}\n\nPOLITICS\n\n{HEADLINE}\n\nJane Roe\nPublished Nov. 17 2026\n\n{BODY}\n"
        header = read_header(text)
        assert header.masthead is not None and header.masthead.text == top.split(" |")[0]
        assert header.title is not None and header.title.text == HEADLINE


def test_a_sentence_with_bars_is_no_bar_of_links() -> None:
    text = f"Kessel Times, since 1890 | Politics | Media\n\n{HEADLINE}\n\nBy Jane Roe\n\n{BODY}\n"
    header = read_header(text)
    assert header.masthead is None or header.masthead.text != "Kessel Times, since 1890"


def test_a_caption_ending_in_its_credit_is_no_headline() -> None:
    caption = "The river runs past the mill in March. | Tom Pike/AP"
    text = f"{HEADLINE}\n\nThe plan would also shut two gauges.\n\n{caption}\n\nBy Jane Roe\n\n"
    header = read_header(text + BODY + "\n")
    assert header.title is not None and header.title.text == HEADLINE
