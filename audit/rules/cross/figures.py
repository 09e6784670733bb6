"""XSC001-XSC004: figures compared across the records of one story."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar

from audit.analyse.crosssource.digest import Digest
from audit.analyse.crosssource.figures import agree, event_differences
from audit.analyse.crosssource.lexicon import value_key
from audit.analyse.crosssource.matching import conflicting_figures, same_figure_buckets
from audit.findings import Confidence, Severity
from audit.rules.base import Draft, Option
from audit.rules.cross.base import StoryRule, draft, related, short


class FigureConflict(StoryRule):
    """Records of one story give different values for the same quantity.

    Figures count the same thing (people, pages, officials...) in near-identical words, but
    their values cannot both be true. Qualifiers are respected: "more than 1 million" and
    "over one million" agree, and "more than 7,000" does not contradict "7,000"; rounding
    ("7,000" for 7,012) is allowed.

    Why it matters:
        When outlets disagree on a number, at least one is wrong; a reader should check the
        original report before repeating either.

    Fails:
        A: "the attack killed 31 people at the station"; B: "the attack killed 35 people at
        the station"

    Passes:
        A: "more than 7,000 inmates were released"; B: "7,000 inmates were released"

    Options:
        min_shared (int, default 2): context words two figures must share to be compared.
    """

    code = "XSC001"
    name = "figure-conflict"
    summary = "The same quantity is given different values by records of one story"
    confidence = Confidence.MEDIUM
    options: ClassVar[Mapping[str, Option]] = {
        "min_shared": Option(int, 2, "context words two figures must share")
    }

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        for pair in conflicting_figures(story, self.settings["min_shared"]):
            (da, fa), (db, fb) = pair.a, pair.b
            yield draft(
                db,
                f"{fb.label!r} here, but {da.record_id} gives {fa.label!r} for what reads as the "
                f"same quantity: {short(fb.sentence.quote)!r} vs {short(fa.sentence.quote)!r}",
                fb.pointer,
                fb.evidence,
                [related(da, fa.pointer, fa.evidence, f"gives {fa.label!r}")],
            )


class FigureEventConflict(StoryRule):
    """The same figure is tied to different events by records of one story.

    Two records state the same number of the same thing (for example a death toll of 31)
    with the same outcome (killed, injured, detained), but place it at different venues,
    in different kinds of event or in different years.

    Why it matters:
        One of the outlets has attached the number to the wrong event; a figure travelling
        between stories is a classic sign of careless copying.

    Fails:
        A: "killed 31 people in a train station"; B: "an attack on a market killed 31
        people"

    Passes:
        A: "killed 31 people in a train station"; B: "31 people died at the station"

    Options:
        none
    """

    code = "XSC002"
    name = "figure-event-conflict"
    summary = "The same figure is tied to different events (place, kind, year)"
    confidence = Confidence.MEDIUM

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        seen: set[tuple[str, ...]] = set()
        for key, members in same_figure_buckets(story).items():
            for i, (da, fa) in enumerate(members):
                for db, fb in members[i + 1 :]:
                    pair = (key, *sorted((da.record_id, db.record_id)))
                    if da is db or pair in seen:
                        continue
                    if not agree((fa.value, fa.qualifier), (fb.value, fb.qualifier)):
                        continue
                    reasons = event_differences(fb.context, fa.context)
                    if not reasons:
                        continue
                    seen.add(pair)
                    yield draft(
                        db,
                        f"{fb.label!r} is tied to a different event than in {da.record_id} "
                        f"({'; '.join(reasons)}): {short(fb.sentence.quote)!r} vs "
                        f"{short(fa.sentence.quote)!r}",
                        fb.pointer,
                        fb.sentence,
                        [related(da, fa.pointer, fa.sentence, f"ties {fa.label!r} to this event")],
                    )


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
                    f"{short(fig.sentence.quote)!r}",
                    fig.pointer,
                    fig.evidence,
                    [related(o, None, None, "does not mention this figure") for o in others],
                )


FIGURE_RULES = (FigureConflict, FigureEventConflict, CorroboratedFigure, SingleSourceFigure)
