"""CAV rules: caveats a careful article states and this one leaves out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from audit.analyse import lexicons
from audit.analyse.segment import Segment
from audit.findings import Confidence, Severity
from audit.rules.base import Draft, RecordContext, Rule
from audit.rules.claim_support import (
    caveat_kinds,
    cue_paragraphs,
    cues_in,
    evidence,
    first_cue,
    first_match,
    sentence_cues,
)

_NAME_PAIR = re.compile(r"\s[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


def _names_a_party(sentence: str) -> bool:
    """Two capitalised words after the first word, or "Chinese government" and the like."""
    if _NAME_PAIR.search(sentence):
        return True
    nouns = "|".join(lexicons.load("claim_rules")["named_party_nouns"])
    return re.search(rf"\b[A-Z][\w’'-]*\s+(?:{nouns})\b", sentence[1:]) is not None


class UnverifiedMaterialWithoutCaveat(Rule):
    """Leaked or obtained material is reported with no word on whether it was verified.

    The text rests on leaked documents, recordings or other obtained material ("leaked
    documents", "a trove of", "files obtained by"), yet no caveat of kind
    `unverified_authenticity` says whether their authenticity was checked.

    Why it matters:
        Leaks can be forged or doctored. Careful outlets say whether they verified the
        material ("could not be independently verified"); a copy that drops that sentence
        presents unchecked material as established fact. A trainer can compare it with
        the outlet that first published the leak.

    Fails:
        "Leaked documents show the minister approved the payments."

    Passes:
        "Leaked documents, which Reuters could not independently verify, show the minister
        approved the payments."

    Options:
        none
    """

    code = "CAV001"
    name = "unverified-material-without-caveat"
    summary = "Leaked or obtained material reported without a verification caveat"
    severity = Severity.WARNING
    confidence = Confidence.MEDIUM

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        rec, text = ctx.record, ctx.text
        if rec is None or text is None or "unverified_authenticity" in caveat_kinds(rec):
            return
        hit = first_cue("unverified_material_cues", text)
        if hit is None:
            return
        yield Draft(
            f"the article relies on leaked or obtained material ({hit.group(0)!r}) but "
            "states no caveat on whether its authenticity was verified",
            pointer="/caveats",
            evidence=evidence(text, hit.start(), hit.end()),
        )


class AllegationWithoutResponse(Rule):
    """Allegations against a named party with neither its response nor a note that it gave none.

    A sentence accuses a named person, government or company of wrongdoing ("abuses",
    "accused of", "corruption", "mass detentions"), and the record states no caveat of kind
    `no_response` ("did not respond to requests for comment") or `official_denial`
    ("has denied the allegations").

    Why it matters:
        Fair reporting gives the accused a chance to answer, or says it was sought. Its
        absence is a sign of one-sided or advocacy copy, and a trainer's first question.

    Fails:
        "The documents reveal abuses by the Acme Corporation in its overseas plants."

    Passes:
        "The documents reveal abuses by the Acme Corporation. Acme did not respond to
        requests for comment."

    Options:
        none
    """

    code = "CAV002"
    name = "allegation-without-response"
    summary = "Allegations against a named party without its response or a note that none came"
    severity = Severity.WARNING
    confidence = Confidence.MEDIUM

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        rec, text = ctx.record, ctx.text
        if rec is None or text is None:
            return
        if caveat_kinds(rec) & {"no_response", "official_denial"}:
            return
        found = first_allegation(text)
        if found is not None:
            sent, cue = found
            yield Draft(
                f"an allegation ({cue!r}) against a named party, but the article "
                "reports neither its response nor that one was sought",
                pointer="/caveats",
                evidence=evidence(text, sent.start, sent.end),
            )


def first_allegation(text: str) -> tuple[Segment, str] | None:
    """The first sentence alleging wrongdoing by a named party, with its cue ("abuses")."""
    if not cues_in("allegation_cues", text):
        return None
    for para in cue_paragraphs("allegation_cues", text):
        for sent in para:
            hit = first_match(sentence_cues("allegation_cues", text, sent), sent.text)
            if hit is not None and _names_a_party(sent.text):
                return sent, hit.group(0)
    return None


CAVEAT_RULES: tuple[type[Rule], ...] = (UnverifiedMaterialWithoutCaveat, AllegationWithoutResponse)
