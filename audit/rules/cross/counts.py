"""XSC003-XSC004: figures several records agree on, and figures only one record states."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar

from audit.analyse.crosssource.digest import Digest
from audit.analyse.crosssource.figures import agree
from audit.analyse.crosssource.lexicon import value_key
from audit.analyse.crosssource.matching import same_figure_buckets
from audit.findings import Confidence, Severity
from audit.rules.base import Draft, Option
from audit.rules.cross.base import StoryRule, around, draft, related


class CorroboratedFigure(StoryRule):
    """Several records of one story agree on a figure (information).

    The same value of the same quantity appears in at least `min_records` records,
    allowing rounding and qualifiers.

    Why it matters:
        Agreement across independent outlets is what lateral reading looks for; it also
        shows which numbers the comparison found nothing wrong with.

    Fails:
        (reported) "403 pages" in three records of the story

    Passes:
        (not reported) a figure stated by one or two records only

    Options:
        min_records (int, default 3): records that must agree.
    """

    code = "XSC003"
    name = "corroborated-figure"
    summary = "Several records of one story agree on a figure"
    severity = Severity.INFO
    options: ClassVar[Mapping[str, Option]] = {
        "min_records": Option(int, 3, "records that must agree")
    }

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        for members in same_figure_buckets(story).values():
            first_d, first = members[0]
            agreeing = {first_d.record_id: (first_d, first)}
            for d, fig in members[1:]:
                if agree((fig.value, fig.qualifier), (first.value, first.qualifier)):
                    agreeing.setdefault(d.record_id, (d, fig))
            if len(agreeing) < self.settings["min_records"] or first.value < 10:
                continue
            others = list(agreeing.values())[1:]
            yield draft(
                first_d,
                f"{len(agreeing)} records agree on {first.label!r}: "
                + ", ".join(f"{d.record_id} ({f.label!r})" for d, f in others),
                first.pointer,
                first.evidence,
                [related(d, f.pointer, f.evidence, f"also gives {f.label!r}") for d, f in others],
            )


class SingleSourceFigure(StoryRule):
    """A specific figure appears in one record of the story only (information).

    A number with a unit (at least 10, not a year) that no other record of the story
    mentions anywhere in its text. Reported only for stories of at least `min_records`.

    Why it matters:
        A claim only one outlet makes is the one to trace to its source before relying on
        it: it may be exclusive reporting, or an error nobody repeated.

    Fails:
        "over 12,000 officials have been investigated" in one of four records

    Passes:
        "403 pages" stated by three of the records

    Options:
        min_records (int, default 3): story size from which one-source claims are reported.
    """

    code = "XSC004"
    name = "single-source-figure"
    summary = "A specific figure appears in only one record of the story"
    severity = Severity.INFO
    confidence = Confidence.MEDIUM
    options: ClassVar[Mapping[str, Option]] = {
        "min_records": Option(int, 3, "story size from which to report")
    }

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        if len(story) < self.settings["min_records"]:
            return
        for d in story:
            others = [o for o in story if o is not d]
            reported: set[str] = set()
            for fig in d.figures:
                key = value_key(fig.value)
                if fig.unit is None or fig.value < 10 or key in reported:
                    continue
                if any(key in o.numbers for o in others):
                    continue
                reported.add(key)
                yield draft(
                    d,
                    f"{fig.label!r} appears in this record only; none of the other "
                    f"{len(others)} records of the story mentions {fig.value:g}: "
                    f"{around(fig)!r}",
                    fig.pointer,
                    fig.evidence,
                    [related(o, None, None, "does not mention this figure") for o in others],
                )


COUNT_RULES = (CorroboratedFigure, SingleSourceFigure)
