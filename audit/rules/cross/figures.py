"""XSC001-XSC002: one quantity given different values, one figure tied to different events."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from audit.analyse.crosssource.digest import Digest, FigureRef
from audit.analyse.crosssource.figures import agree, event_differences
from audit.analyse.crosssource.matching import conflicting_figures, same_figure_buckets
from audit.findings import Confidence
from audit.rules.base import Draft, Option
from audit.rules.cross.base import StoryRule, around, draft, related


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
            few, many = pair.a, pair.b
            if len({d.record_id for d, _ in few}) > len({d.record_id for d, _ in many}):
                few, many = many, few
            seen: set[str] = set()
            for d, fig in few:
                if d.record_id in seen:
                    continue
                seen.add(d.record_id)
                others = [(o, g) for o, g in many if o is not d]
                if not others:
                    continue
                o, g = others[0]
                yield draft(
                    d,
                    f"{fig.label!r} here, but {len({x.record_id for x, _ in others})} other "
                    f"record(s) give {g.label!r} for what reads as the same quantity: "
                    f"{around(fig)!r} vs {around(g)!r} ({o.record_id})",
                    fig.pointer,
                    fig.evidence,
                    [related(x, y.pointer, y.evidence, f"gives {y.label!r}") for x, y in others],
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
        for members in same_figure_buckets(story).values():
            # identical event descriptions (syndicated copies) are compared once
            events: dict[tuple[Any, ...], list[tuple[Digest, FigureRef]]] = defaultdict(list)
            for d, fig in members:
                c = fig.context
                events[(c.venues, c.kinds, c.years, c.places, c.outcomes)].append((d, fig))
            groups = list(events.values())
            reported: set[str] = set()
            for i, first in enumerate(groups):
                for second in groups[i + 1 :]:
                    fa, fb = first[0][1], second[0][1]
                    if not agree((fa.value, fa.qualifier), (fb.value, fb.qualifier)):
                        continue
                    reasons = event_differences(fb.context, fa.context)
                    if reasons:
                        yield from self._report(first, second, reasons, reported)

    def _report(
        self,
        first: list[tuple[Digest, FigureRef]],
        second: list[tuple[Digest, FigureRef]],
        reasons: list[str],
        reported: set[str],
    ) -> Iterator[Draft]:
        few, many = (second, first) if len(second) <= len(first) else (first, second)
        for d, fig in few:
            others = [(o, g) for o, g in many if o is not d]
            if d.record_id in reported or not others:
                continue
            reported.add(d.record_id)
            o, g = others[0]
            yield draft(
                d,
                f"{fig.label!r} is tied to a different event than in {o.record_id} "
                f"({'; '.join(reasons)}): {around(fig)!r} vs "
                f"{around(g)!r}",
                fig.pointer,
                fig.sentence,
                [
                    related(x, y.pointer, y.sentence, f"ties {y.label!r} to this event")
                    for x, y in others
                ],
            )


FIGURE_RULES = (FigureConflict, FigureEventConflict)
