"""XSC010: one quotation worded differently across the records of a story."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from audit.analyse.crosssource.digest import Digest, QuoteRef
from audit.analyse.crosssource.matching import QuoteLink, quote_links
from audit.findings import Confidence
from audit.rules.base import Draft, Option
from audit.rules.cross.base import StoryRule, draft, related, short

Node = tuple[str, str]  # (record id, quote pointer)


def _node(ref: tuple[Digest, QuoteRef]) -> Node:
    return (ref[0].record_id, ref[1].pointer)


class _Groups:
    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, node: Node) -> Node:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            node = self.parent[node]
        return node

    def join(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class QuoteDrift(StoryRule):
    """The same quotation is worded differently in records of one story.

    Quotations are matched by their words (fuzzy alignment with rapidfuzz), whoever they
    are attributed to. They drift when, inside the stretch both records quote, the words
    differ, or when both continue past the shared words differently. A shorter partial
    quotation, or a cut marked with an ellipsis or [brackets], is not drift; paraphrase
    (words outside quotation marks) is never compared.

    Why it matters:
        Quotation marks promise the speaker's exact words. When outlets quote one passage
        differently, at least one has changed what was said; the finding shows the words.

    Fails:
        A: “prevent party leaders from escaping responsibility”; B: “prevent party leaders
        from escaping culpability for the mass detentions”

    Passes:
        A: “escaping culpability for the mass detentions”; B: “prevent party leaders from
        escaping culpability for the mass detentions” (a partial quote)

    Options:
        min_shared (int, default 2): meaningful words two quotations of one speaker must
        share to be compared (one more when the speakers differ or are unknown).
    """

    code = "XSC010"
    name = "quote-drift"
    summary = "One quotation is worded differently across records"
    confidence = Confidence.MEDIUM
    options: ClassVar[Mapping[str, Option]] = {
        "min_shared": Option(int, 2, "meaningful words shared to compare")
    }

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        links = list(quote_links(story, self.settings["min_shared"]))
        if not any(link.comparison.drift for link in links):
            return  # every pair agrees: nothing to report, no groups to build
        agreeing, passages = _Groups(), _Groups()
        for link in links:
            passages.join(_node(link.a), _node(link.b))
            if not link.comparison.drift:
                agreeing.join(_node(link.a), _node(link.b))
        support: dict[Node, set[str]] = defaultdict(set)
        refs: dict[Node, tuple[Digest, QuoteRef]] = {}
        for link in links:
            for ref in (link.a, link.b):
                refs[_node(ref)] = ref
        for node in refs:
            support[agreeing.find(node)].add(node[0])
        members: dict[Node, list[Node]] = defaultdict(list)
        for node in sorted(refs):
            members[agreeing.find(node)].append(node)
        reported: set[Node] = set()
        for link in links:
            if not link.comparison.drift:
                continue
            weak, strong, swap, tie = _minority(link, agreeing, support)
            # every record quoting the weaker wording (copies agree with one another)
            for node in members[agreeing.find(_node(weak))]:
                if node not in reported:
                    reported.add(node)
                    yield self._finding(refs[node], strong, swap, link, refs, passages, tie)

    def _finding(
        self,
        weak: tuple[Digest, QuoteRef],
        strong: tuple[Digest, QuoteRef],
        swap: bool,
        link: QuoteLink,
        refs: dict[Node, tuple[Digest, QuoteRef]],
        passages: _Groups,
        tie: bool,
    ) -> Draft:
        (d, quote), (other_d, other_q) = weak, strong
        diffs = "; ".join(
            _describe(x.b, x.a) if swap else _describe(x.a, x.b)
            for x in link.comparison.differences
        )
        group = passages.find(_node(weak))
        others: dict[str, Any] = {}
        for node, (od, oq) in sorted(refs.items()):
            if passages.find(node) == group and od.record_id != d.record_id:
                others.setdefault(
                    od.record_id, related(od, oq.pointer, oq.evidence, f"quotes “{short(oq.text)}”")
                )
        speakers = {quote.speaker_key, other_q.speaker_key}
        if None not in speakers:  # both attributed: same speaker is surer, different is less
            confidence = Confidence.HIGH if len(speakers) == 1 else Confidence.LOW
        else:
            confidence = Confidence.MEDIUM
        return draft(
            d,
            f"quotation “{short(quote.text)}” is worded differently from {other_d.record_id} "
            f"(“{short(other_q.text)}”): {diffs}"
            + ("; as many records support each wording" if tie else ""),
            quote.pointer,
            quote.evidence,
            others.values(),
            confidence=confidence,
        )


def _describe(here: str, there: str) -> str:
    if there == "(nothing)":
        return f"“{here}” only here"
    if here == "(nothing)":
        return f"“{there}” only there"
    return f"“{here}” here, “{there}” there"


def _minority(
    link: QuoteLink, agreeing: _Groups, support: dict[Node, set[str]]
) -> tuple[tuple[Digest, QuoteRef], tuple[Digest, QuoteRef], bool, bool]:
    """(less supported wording, better supported one, whether a/b were swapped, tie)."""
    count_a = len(support[agreeing.find(_node(link.a))])
    count_b = len(support[agreeing.find(_node(link.b))])
    if count_a < count_b:
        return link.a, link.b, False, False
    return link.b, link.a, True, count_a == count_b


QUOTE_RULES = (QuoteDrift,)
