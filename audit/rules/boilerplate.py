"""RES rules for page furniture found by structure rather than by word lists."""

from __future__ import annotations

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
        none (comment headings come from the RES001 and RES014 packs)
    """

    code = "RES018"
    name = "reader-comments"
    summary = "Reader comments run into the article"
    category = "boilerplate"
    kind = "reader_comments"


BOILERPLATE_RULES: tuple[type[Rule], ...] = (ReaderComments,)
