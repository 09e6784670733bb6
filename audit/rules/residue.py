"""RES rules: extraction residue the structural detectors find (see audit/analyse/content)."""

from __future__ import annotations

from audit.findings import Confidence, Severity
from audit.rules.base import Rule
from audit.rules.content import FlagRule


class CaptionCredit(FlagRule):
    """A photo caption or credit left in the text.

    A short line carrying a credit ("Photo: Reuters", "Foto: ATON", "© AFP / NAME"), a
    credit in parentheses ("(Foto: ABr)"), or a caption and credit merged into a paragraph
    ("… a threat. Chen Quanguo, party secretary © AP Chinese officials …"); a short line
    that is a credit without a credit word: a name and a photo agency after a slash or bar
    ("Noah Berger / AP"), a stock library alone ("Shutterstock"), "(Name / Outlet)",
    "Courtesy …", or a caption ending in "(FILE)".

    Why it matters:
        A caption describes a picture the text no longer shows; merged into a paragraph it
        reads as a garbled sentence, and the agency named is the photo's source, not the
        story's.

    Fails:
        Photo: Reuters

    Passes:
        The photographer told Reuters the picture was taken on Monday.

    Options:
        none (credit words are in audit/lexicon/content.yaml)
    """

    code = "RES004"
    name = "caption-credit"
    summary = "A photo caption or credit left in the text"
    category = "residue"
    kind = "caption_credit"
    severity = Severity.INFO


class DuplicatedHeader(FlagRule):
    """The title, byline and date block appears again inside the text.

    The first occurrence at the top is the real header; a later repeat is residue of a
    page break or a print view.

    Why it matters:
        A repeated header splits the story in two and can make a reader think a second
        article starts there.

    Fails:
        "Leaked files\\n\\nWritten by X\\n\\nMonday…" at the top and again mid-text

    Passes:
        the title once at the top, and mentioned in a sentence later

    Options:
        none
    """

    code = "RES005"
    name = "duplicated-header"
    summary = "The header block is repeated inside the text"
    category = "residue"
    kind = "duplicated_header"
    confidence = Confidence.HIGH


class RepeatedParagraph(FlagRule):
    """A paragraph (40 characters or more) that already appeared word for word.

    Why it matters:
        Duplicated paragraphs inflate the text and show a careless copy; a reader may count
        one statement twice.

    Fails:
        the same paragraph twice in one text

    Passes:
        a quotation repeated inside a longer, different paragraph

    Options:
        none
    """

    code = "RES006"
    name = "repeated-paragraph"
    summary = "A paragraph repeated word for word"
    category = "residue"
    kind = "repeated_paragraph"
    confidence = Confidence.HIGH


class BrokenLink(FlagRule):
    """A link whose target is empty: "[Taipei Times - 2019/11/18](#)".

    Why it matters:
        The copy pointed somewhere (often the original source) and the address was lost, so
        a reader cannot follow the story back to where it came from.

    Fails:
        Source: [Taipei Times - 2019/11/18](#)

    Passes:
        Source: [Taipei Times](https://www.taipeitimes.com/)

    Options:
        none
    """

    code = "RES007"
    name = "broken-link"
    summary = "A link with an empty target"
    category = "residue"
    kind = "broken_link"
    confidence = Confidence.HIGH


class MarkupResidue(FlagRule):
    """HTML tags, entities, template placeholders or shortcodes left in the text.

    Also the "[email protected]" a page's e-mail obfuscation leaves where an address was.

    Why it matters:
        Left-over markup ("<br>", "&nbsp;", "[caption id=…]") shows a broken extraction;
        text around it may be missing or garbled too.

    Fails:
        The minister said&nbsp;no.<br>

    Passes:
        The minister said no.

    Options:
        none
    """

    code = "RES008"
    name = "markup-residue"
    summary = "Markup left over from the web page"
    category = "residue"
    kind = "markup_residue"
    confidence = Confidence.HIGH


RESIDUE_RULES: tuple[type[Rule], ...] = (
    CaptionCredit,
    DuplicatedHeader,
    RepeatedParagraph,
    BrokenLink,
    MarkupResidue,
)
