"""XSC020: records of one story trace their reporting to different origins."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from audit.analyse.crosssource.digest import Digest
from audit.findings import Confidence
from audit.rules.base import Draft
from audit.rules.cross.base import StoryRule, draft, related


def _knows(d: Digest, key: str) -> bool:
    return key == d.origin_key or any(h.key == key for h in d.hops)


class OriginDisagreement(StoryRule):
    """Records of one story name different outlets as the origin of the reporting.

    Each record's attribution chain ends at an origin. Within one story, records whose
    origins differ, where neither record's chain even mentions the other's origin, tell
    conflicting stories about who did the original reporting.

    Why it matters:
        Tracing a claim to its original context is the last step of lateral reading; if
        outlets disagree on who broke the story, at least one chain is wrong or the story
        has two independent sources, and a reader should find out which.

    Fails:
        A: origin The New York Times; B: origin Reuters, with no mention of the Times

    Passes:
        A: origin The New York Times; B: origin ICIJ, whose chain also cites the Times

    Options:
        none
    """

    code = "XSC020"
    name = "origin-disagreement"
    summary = "Records of one story trace to different origins"
    confidence = Confidence.MEDIUM

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        by_origin: dict[str, list[Digest]] = defaultdict(list)
        for d in story:
            if d.origin_key:
                by_origin[d.origin_key].append(d)
        if len(by_origin) < 2:
            return
        ranked = sorted(by_origin.items(), key=lambda item: (-len(item[1]), item[0]))
        main_key, main = ranked[0]
        for key, group in ranked[1:]:
            for d in group:
                if _knows(d, main_key):
                    continue
                disagree = [o for o in main if not _knows(o, key)]
                if not disagree:
                    continue
                yield draft(
                    d,
                    f"this record traces the story to {d.origin}, but "
                    f"{', '.join(o.record_id for o in disagree)} trace it to "
                    f"{disagree[0].origin}, and neither chain mentions the other",
                    "/attribution/origin",
                    d.origin_evidence(),
                    [
                        related(o, "/attribution/origin", o.origin_evidence(), f"origin {o.origin}")
                        for o in disagree
                    ],
                )
