"""ATT rules over the attribution chain and sourcing of one record."""

from __future__ import annotations

import re
from collections.abc import Iterable

from audit.analyse import lexicons
from audit.analyse.attribution import is_source_citation
from audit.findings import Confidence, Severity
from audit.rules.base import Draft, RecordContext, Rule
from audit.rules.claim_support import (
    cue_paragraphs,
    cues_in,
    evidence,
    first_cue,
    sentence_cues,
)

_MIN_WORDS = 8


class ChainWithoutOrigin(Rule):
    """The attribution chain reaches no origin.

    The article relies on reporting from elsewhere (its chain names outlets, or the text
    says "leaked", "reportedly", "media reports"), but `attribution.origin` is null: no
    outlet is named as the one that did the original reporting. Bodies the text only
    cites as sources of statements ("Amnesty International said") do not count.

    Why it matters:
        Tracing a claim to its original context is the core of lateral reading (SIFT).
        Without a named origin, a reader cannot check what the original reporting said,
        how it was sourced, or which caveats it carried.

    Fails:
        "Leaked documents show the plan was approved in March, media reports say."

    Passes:
        "Leaked documents obtained by The Washington Post show the plan was approved."

    Options:
        none
    """

    code = "ATT020"
    name = "chain-without-origin"
    summary = "The article relies on reporting from elsewhere but names no origin"
    severity = Severity.WARNING
    confidence = Confidence.MEDIUM

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        rec, text = ctx.record, ctx.text
        if rec is None or text is None:
            return
        attribution = rec.get("attribution") or {}
        if attribution.get("origin"):
            return
        hops = [
            h
            for h in attribution.get("chain") or []
            if h.get("relation") != "credits"
            and not is_source_citation(str(h.get("relation")), str(h.get("kind")))
        ]
        if hops:
            names = ", ".join(dict.fromkeys(h["name"] for h in hops))
            yield Draft(
                f"the chain names {names} but no origin is set",
                pointer="/attribution/origin",
                confidence=Confidence.HIGH,
            )
            return
        hit = first_cue("secondhand_cues", text)
        if hit is not None:
            yield Draft(
                f"the text relies on reporting from elsewhere ({hit.group(0)!r}) but names "
                "no outlet that did the original reporting",
                pointer="/attribution/origin",
                evidence=evidence(text, hit.start(), hit.end()),
            )


class UnattributedStrongClaim(Rule):
    """A strong factual assertion with no source in its sentence or its neighbours.

    A sentence of at least eight words, outside any quotation, asserts something in
    absolute terms ("systematic", "all part of", "clearly", "the worst … in history")
    while neither it nor the sentences beside it in its paragraph name a source ("said",
    "according to", "reported", "documents show"). A heuristic with low confidence: the
    message names the words that triggered it, for a human to judge.

    Why it matters:
        Strong claims in the outlet's own voice, with no source, ask the reader to take
        them on trust. Trainers teach readers to ask "says who?" of exactly these.

    Fails:
        "Systematic abuse is all part of the company's strategy to silence its workers."

    Passes:
        "Systematic abuse is all part of the strategy, the union said."

    Options:
        none
    """

    code = "ATT021"
    name = "unattributed-strong-claim"
    summary = "A strong factual assertion with no source nearby"
    severity = Severity.INFO
    confidence = Confidence.LOW

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        text = ctx.text
        if text is None:
            return
        # A cue that cannot match the whole text cannot match any of its sentences: most
        # texts leave few or none, and each sentence searches only the cues whose words
        # lie inside it, so most sentences cost no search at all.
        if not cues_in("strong_claim_cues", text):
            return
        sourced = lexicons.compiled(tuple(lexicons.load("reporting")["attribution_cues"]))
        near = sourced[:2]
        first_person = tuple(re.compile(p) for p in lexicons.load("claim_rules")["first_person"])
        for para in cue_paragraphs("strong_claim_cues", text):
            for i, sent in enumerate(para):
                words = sent.text.split()
                if len(words) < _MIN_WORDS or not sent.text.rstrip().endswith((".", "!")):
                    continue
                cues = sentence_cues("strong_claim_cues", text, sent)
                triggers = [m.group(0) for p in cues if (m := p.search(sent.text))]
                if not triggers or any(p.search(sent.text) for p in first_person):
                    continue
                if any(p.search(sent.text) for p in sourced):
                    continue
                neighbours = para[max(0, i - 1) : i] + para[i + 1 : i + 2]
                if any(p.search(n.text) for n in neighbours for p in near):
                    continue
                listed = ", ".join(repr(t) for t in triggers)
                yield Draft(
                    f"strong claim ({listed}) with no source in this sentence or the next "
                    "to it; check who says so",
                    evidence=evidence(text, sent.start, sent.end),
                )


ATTRIBUTION_RULES: tuple[type[Rule], ...] = (ChainWithoutOrigin, UnattributedStrongClaim)
