"""Dates across records: when a cited report appeared, and what that implies for others."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from audit.analyse.crosssource.dates import ReportDate, long_date
from audit.analyse.crosssource.digest import Digest, Hop, digest
from audit.analyse.crosssource.stories import stories
from audit.model import Evidence


@dataclass(frozen=True, slots=True)
class Established:
    """An outlet's report date and the record that establishes it."""

    claim: ReportDate
    source: Digest


@dataclass(frozen=True, slots=True)
class NotBefore:
    """An undated record cannot be older than the report it relays."""

    record_id: str
    date: dt.date
    reason: str
    evidence: Evidence | None  # where this record cites the outlet
    hop: Hop
    established: Established

    def as_json(self) -> dict[str, Any]:
        """The record's `published.not_before` and `published.reason` values."""
        return {"not_before": self.date.isoformat(), "reason": self.reason}


def report_dates(story: Sequence[Digest]) -> dict[str, Established]:
    """Earliest established report date per outlet key within one story."""
    best: dict[str, Established] = {}
    for d in story:
        claims = list(d.report_dates)
        if d.published and d.origin_key and d.origin_key in d.outlet_keys:
            # the record is the originating outlet's own report
            reason = (
                f"record {d.record_id} is {d.origin}'s own report, dated {long_date(d.published)}"
            )
            span = d.origin_evidence() or Evidence(0, 0, "")
            claims.append(
                ReportDate(d.origin or d.origin_key, d.origin_key, d.published, span, reason)
            )
        for claim in claims:
            known = best.get(claim.key)
            if known is None or claim.date < known.claim.date:
                best[claim.key] = Established(claim, d)
    return best


def not_before(story: Sequence[Digest]) -> Iterator[NotBefore]:
    """For each undated record, the latest report date among the outlets it relays."""
    established = report_dates(story)
    for d in story:
        if d.published is not None:
            continue
        found: NotBefore | None = None
        for key, known in established.items():
            hop = d.cites(key)
            if hop is None or known.source is d:
                continue
            if found is None or known.claim.date > found.date:
                reason = (
                    f"undated; it relays {hop.name}'s report, which appeared on "
                    f"{long_date(known.claim.date)} according to record "
                    f"{known.source.record_id}: {known.claim.reason}"
                )
                found = NotBefore(d.record_id, known.claim.date, reason, hop.evidence, hop, known)
        if found is not None:
            yield found


@dataclass(frozen=True, slots=True)
class TooEarly:
    record: Digest
    hop: Hop
    established: Established


def dated_before_report(story: Sequence[Digest]) -> Iterator[TooEarly]:
    """Records dated before a report they relay appeared."""
    established = report_dates(story)
    for d in story:
        if d.published is None:
            continue
        for key, known in established.items():
            hop = d.cites(key)
            if hop is None or known.source is d or d.published >= known.claim.date:
                continue
            yield TooEarly(d, hop, known)


def infer_not_before(records: Iterable[Mapping[str, Any]]) -> dict[str, NotBefore]:
    """`not_before` for undated records, established by the other records given with them.

    ``records`` are provenance records (dicts); the answer maps record id to the inference,
    whose :meth:`NotBefore.as_json` gives the values for the record's ``published`` field.
    """
    digests = [digest(r, str(r.get("id") or index)) for index, r in enumerate(records)]
    out: dict[str, NotBefore] = {}
    for story in stories(digests):
        for found in not_before(story):
            out[found.record_id] = found
    return out
