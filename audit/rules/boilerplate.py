"""RES rules for page furniture found by structure rather than by word lists."""

from __future__ import annotations

from audit.findings import Severity
from audit.rules.base import Rule
from audit.rules.content import FlagRule


class ReaderComments(FlagRule):
    """Reader comments run into the article.

    Everything after a comment-section heading ("Kommentare", "Comments", "{ 38 comments…
    read them below }") that comes after the article's first paragraph, or from the first
    of several comment headers (a short line with a date and a time, "Claude - Le
    24/11/2019 à 18:19:59"), to the end of the text.

    Why it matters:
        Comments are readers' opinions. Read as part of the article they put claims in the
        outlet's mouth that it never made, often the most partisan ones on the page.

    Fails:
        …end of the article.\\nKommentare\\nHarzer66\\n31.10.2023, 19.18 Uhr\\nAch ja…

    Passes:
        an article that reports what readers wrote in letters, with no comment heading

    Options:
        none (comment headings come from packs with `opens: comments`, e.g. RES001)
    """

    code = "RES018"
    name = "reader-comments"
    summary = "Reader comments run into the article"
    category = "boilerplate"
    kind = "reader_comments"


class RelatedList(FlagRule):
    """The teaser lines listed under a navigation heading ("Related posts", "Mehr zum
    Thema", "Notas relacionadas").

    The heading itself is found by a pack with `opens: related_list` (RES003); the short
    lines after it (up to 15, each at most 220 characters, until prose resumes) are the
    other stories' headlines and teasers.

    Why it matters:
        Headlines of other stories read as part of this one mix unrelated claims into it.

    Fails:
        NOTAS RELACIONADAS\\nHackers ofrecen descuento…\\nJueves 21 abril, 2022

    Passes:
        a short subheading inside the article followed by its long paragraphs

    Options:
        none
    """

    code = "RES015"
    name = "related-list"
    summary = "Teaser lines listed under a navigation heading"
    category = "boilerplate"
    kind = "related_list"


class Teaser(FlagRule):
    """Other stories' teasers recognised by their shape, with no heading announcing them.

    Two or more paragraphs each cut off with an excerpt mark ("[…]", "[...]"), with the
    headlines between and above them; the headline line above a teaser blurb that ends
    in its link ("… finden Sie Antworten. mehr", flagged by RES003); a bulleted list of
    four or more headlines (short, capitalised, no closing punctuation) before the
    article's first paragraph; three or more such headlines in a row after its last
    paragraph (credit lines such as "Additional reporting by …" never count); up to
    three unpunctuated lines ending the text after its tag list ("Kinderrechte",
    "Gesellschaft"); or, when a line holding only a date opens the article's body near
    the top, two or more lines above the article's title whose words the body mostly
    lacks (at most two fifths shared): another story's headline and blurb (low
    confidence). Page widgets by their shape: three or more lines in a row that end with
    the same source name ("… rescues two kayakers Coastline Daily"), with the label above
    naming it in parentheses; two or more lines in a row that repeat their own opening
    headline; a short label alone between two separator rules ("____ / More on
    coronavirus: / ____"); and the bylines after the first in a run of three or more
    ("By …", "Von …": other stories' bylines, low confidence).

    Why it matters:
        Headlines and excerpts of other stories read as part of this one mix unrelated
        claims into it, and nothing on the page says where they end.

    Fails:
        Jen Wang is several kinds of excellent comics person: from her debut […]\n
        Want to build your own website? Even for a modest personal site, it […]

    Passes:
        a paragraph quoting a document that ends with "[…]" where the quote was cut; a
        bulleted summary below the article's first paragraph; the article's own title and
        standfirst above its date line, whatever words they use; "Reporting by …",
        "Additional reporting by …" and "Editing by …" lines closing the article; list
        items ending in a price or an attribute ("… für 6 Euro", "…, of New York"); a
        sentence between separator rules

    Options:
        none (excerpt marks, link words, credit and byline words are in
        audit/lexicon/content.yaml, section "teasers")
    """

    code = "RES019"
    name = "teaser"
    summary = "Other stories' teasers recognised by their shape"
    category = "boilerplate"
    kind = "teaser"


class SourceLine(FlagRule):
    """A source or agency sign-off line: a credit, not article prose.

    A short line "<source label>: <up to six words>" ("Quelle: Landesregierung",
    "Source: Reuters", "Fuente: EFE"); a line of a wire agency's name or a reporter's
    initials joined to an agency code, right after a paragraph or after the article's
    last one ("(dpa)", "aja/PAP", "jk/AFP"); or a bare code in capitals among the three
    lines after the last paragraph, heading no text ("RIRM").

    Such lines are provenance, not spam: the attribution and republication analyses read
    them to name the story's source. The flag is residue at info level: it marks a line
    that is not article prose (text comparisons, quotes and summaries should leave it out)
    and asks a reviewer to acknowledge it, the way a photo credit (RES004) is flagged.

    Why it matters:
        Read as prose, a sign-off becomes a garbled last sentence; left unmarked, a reader
        may miss that the story is an agency's copy, which the credit says plainly.

    Fails:
        a line "aja/PAP" under the article's last paragraph; "Quelle: Landesregierung"
        under a section

    Passes:
        "According to the regional government, the rules apply from Monday." (a source
        named inside a sentence); a short heading in capitals followed by its paragraph

    Options:
        none (source labels and agency names are in audit/lexicon/content.yaml, section
        "sign_offs")
    """

    code = "RES020"
    name = "source-line"
    summary = "A source or agency sign-off line, not article prose"
    category = "residue"
    kind = "source_line"
    severity = Severity.INFO


class PageMenu(FlagRule):
    """The site's menu scraped into the text.

    Four or more section links in a row, one per line, above the article's headline
    ("News / Politics / Football / Celebs / TV"; each at most four capitalised words and 30
    characters, with no sentence mark; the masthead is left out), or a line of three or
    more short link texts set off by bars anywhere in the text ("Home | About | Archive |
    Support this blog", a footer's "Corrections and clarifications | Submit a news tip"),
    or a line holding only two or more share buttons' labels ("Share  Tweet  Email",
    "f  X  in  WhatsApp  Copy link").

    Why it matters:
        Menu words read as part of the article are not its text: they inflate its length,
        and a section name ("Crime", "Opinion") can be mistaken for a label the outlet
        gave the story.

    Fails:
        Mirror\nNews\nPolitics\nFootball\nCelebs\nTV\n\nLove Island star splits…

    Passes:
        a kicker and a section label above the headline ("Celebs\nExclusive"); a sentence
        that lists places ("Leeds, York and Hull")

    Options:
        none
    """

    code = "RES021"
    name = "page-menu"
    summary = "The site's menu scraped into the text"
    category = "boilerplate"
    kind = "navigation"


BOILERPLATE_RULES: tuple[type[Rule], ...] = (
    RelatedList,
    ReaderComments,
    Teaser,
    SourceLine,
    PageMenu,
)
