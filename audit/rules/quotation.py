"""RES rules about quotations that lost their context in copying."""

from __future__ import annotations

from audit.findings import Severity
from audit.rules.base import Rule
from audit.rules.content import FlagRule


class DanglingQuoteIntro(FlagRule):
    """A paragraph that introduces a quotation with a colon, but no quotation follows.

    The paragraph names a speaker and ends with ":" ("President Xi told party officials
    during a speech:"); the next paragraph is ordinary prose, not the quotation.

    Why it matters:
        The words the article promised are missing, often a quote box or embedded post the
        copy lost. A reader cannot check what was actually said.

    Fails:
        President Xi told party officials during a speech:\\n\\nThe tactics used were …

    Passes:
        He ordered local officials to:\\n\\n“Round up everyone who should be rounded up.”

    Options:
        none (speech verbs are in audit/lexicon/content.yaml)
    """

    code = "RES010"
    name = "dangling-quote-intro"
    summary = "A quotation is introduced but missing"
    category = "residue"
    kind = "dangling_quote_intro"


class DetachedPullQuote(FlagRule):
    """A paragraph that is only a quotation, with no speaker and no introduction.

    Pull quotes repeat a line of the article in large type; copied as text they stand
    between paragraphs with nobody to say them. A quotation that continues a preceding
    "… ordered officials to:" is not detached, nor is the next paragraph of a quotation
    the paragraph before left open ('He replied: “We moved fast.' then '“The challenge …”').

    Why it matters:
        Without a speaker the quote cannot be attributed, and a reader may take it for the
        outlet's own words or for a new statement.

    Fails:
        “I undercut, acted selectively and made my own adjustments.” (alone, unattributed)

    Passes:
        The confession reads: “I undercut, acted selectively and made my own adjustments.”

    Options:
        none
    """

    code = "RES011"
    name = "detached-pull-quote"
    summary = "A quotation standing alone with no speaker"
    category = "residue"
    kind = "detached_pull_quote"
    severity = Severity.INFO


QUOTATION_RULES: tuple[type[Rule], ...] = (DanglingQuoteIntro, DetachedPullQuote)
