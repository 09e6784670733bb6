"""XSC030-XSC031: publication dates checked against the reports records relay."""

from __future__ import annotations

from collections.abc import Iterator

from audit.analyse.crosssource.dates import long_date
from audit.analyse.crosssource.digest import Digest
from audit.analyse.crosssource.inference import dated_before_report, not_before
from audit.findings import Confidence, Severity
from audit.rules.base import Draft
from audit.rules.cross.base import StoryRule, draft, related


class DatedBeforeReport(StoryRule):
    """A record is dated before the report it relays appeared.

    Report dates come from other records of the story: a relative date ("the newspaper
    said on Saturday" in an article dated Monday 18 November 2019 puts the report on
    16 November), or a record that is the originating outlet's own report.

    Why it matters:
        An article cannot relay a report that did not exist yet: its date, or the date of
        the report, is wrong, and a reader ordering events by it is misled.

    Fails:
        A (dated 2019-11-14) relays the Times; B (dated 2019-11-18) says "the newspaper
        said on Saturday" (2019-11-16)

    Passes:
        A dated 2019-11-18 relays the same report

    Options:
        none
    """

    code = "XSC030"
    name = "dated-before-report"
    summary = "A record is dated before the report it relays"
    confidence = Confidence.MEDIUM

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        for found in dated_before_report(story):
            d, known = found.record, found.established
            assert d.published is not None
            yield draft(
                d,
                f"dated {long_date(d.published)}, but it relays {found.hop.name}'s report, "
                f"which appeared on {long_date(known.claim.date)} according to "
                f"{known.source.record_id} ({known.claim.reason})",
                "/published/date",
                found.hop.evidence,
                [related(known.source, None, known.claim.evidence, known.claim.reason)],
            )


class NotBeforeInferred(StoryRule):
    """An undated record cannot be older than a report it relays (information).

    For a record with no publication date, the date of a report it relays, established by
    another record of the story, is the earliest it can have appeared. Reported when the
    record's `published.not_before` is missing or earlier; the message gives the reasoning.

    Why it matters:
        Undated copies are common; bounding their date tells a reader how fresh they can
        be and lets them be ordered with the rest of the coverage.

    Fails:
        (reported) an undated record relaying the Times, while another record dated Monday
        18 November 2019 says "the newspaper said on Saturday": not before 16 November

    Passes:
        (not reported) the record already has not_before 2019-11-16 or a date

    Options:
        none
    """

    code = "XSC031"
    name = "not-before-inferred"
    summary = "An undated record's earliest possible date, from the reports it relays"
    severity = Severity.INFO
    confidence = Confidence.MEDIUM

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        by_id = {d.record_id: d for d in story}
        for found in not_before(story):
            d = by_id[found.record_id]
            if d.not_before is not None and d.not_before >= found.date:
                continue
            known = found.established
            yield draft(
                d,
                f"published not before {found.date.isoformat()}: {found.reason}",
                "/published/not_before",
                found.evidence,
                [related(known.source, None, known.claim.evidence, known.claim.reason)],
            )


DATE_RULES = (DatedBeforeReport, NotBeforeInferred)
