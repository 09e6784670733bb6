"""XSC010-XSC011: quotations compared across records; quoted words in headlines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from rapidfuzz import fuzz

from audit.analyse.crosssource.digest import Digest, QuoteRef
from audit.analyse.crosssource.matching import QuoteLink, quote_links
from audit.analyse.crosssource.quotes import GAP, contains
from audit.analyse.crosssource.stories import stories
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
        reported: set[Node] = set()
        for link in links:
            if not link.comparison.drift:
                continue
            weak, strong, swap, tie = _minority(link, agreeing, support)
            if _node(weak) in reported:
                continue
            reported.add(_node(weak))
            yield self._finding(weak, strong, swap, link, refs, passages, tie)

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
        return draft(
            d,
            f"quotation “{short(quote.text)}” is worded differently from {other_d.record_id} "
            f"(“{short(other_q.text)}”): {diffs}"
            + ("; as many records support each wording" if tie else ""),
            quote.pointer,
            quote.evidence,
            others.values(),
        )


def _describe(here: str, there: str) -> str:
    if there == "(nothing)":
        return f"“{here}” only here"
    if here == "(nothing)":
        return f"“{there}” only there"
    return f"“{here}” here, “{there}” there"


def meaningful_words(quote: QuoteRef) -> tuple[str, ...]:
    return tuple(k for k in quote.words.keys if k != GAP)


def _minority(
    link: QuoteLink, agreeing: _Groups, support: dict[Node, set[str]]
) -> tuple[tuple[Digest, QuoteRef], tuple[Digest, QuoteRef], bool, bool]:
    """(less supported wording, better supported one, whether a/b were swapped, tie)."""
    count_a = len(support[agreeing.find(_node(link.a))])
    count_b = len(support[agreeing.find(_node(link.b))])
    if count_a < count_b:
        return link.a, link.b, False, False
    return link.b, link.a, True, count_a == count_b


class HeadlineQuote(StoryRule):
    """The headline puts words in quotation marks that no body text or other source has.

    A phrase in quotation marks in the title is looked for in the record's own body and in
    every quotation of the other records of its story. When neither has it, the closest
    quotations found (fuzzy matching) are shown.

    Why it matters:
        Quotation marks in a headline tell readers someone said exactly this. A phrase
        nobody said ("shown no mercy" for "absolutely no mercy") puts words in a mouth.

    Fails:
        title: Officials ‘shown no mercy’; body and sources quote “absolutely no mercy”

    Passes:
        title: Officials told to show ‘absolutely no mercy’; body: “absolutely no mercy”

    Options:
        min_score (int, default 60): rapidfuzz partial-ratio for a quotation to be shown
        as the closest match.
    """

    code = "XSC011"
    name = "headline-quote-unsupported"
    summary = "Quoted words in a headline appear in no body text or other source"
    confidence = Confidence.MEDIUM
    options: ClassVar[Mapping[str, Option]] = {
        "min_score": Option(int, 60, "similarity for showing the closest quotation")
    }

    def finish(self, collected: list[Any]) -> Iterable[Draft]:
        digests = [d for d in collected if isinstance(d, Digest)]
        story_of: dict[str, list[Digest]] = {}
        for story in stories(digests):
            for d in story:
                story_of[d.record_id] = story
        for d in digests:
            yield from self._check(d, story_of.get(d.record_id, [d]))

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        for d in story:
            yield from self._check(d, story)

    def _check(self, d: Digest, story: list[Digest]) -> Iterator[Draft]:
        for phrase in d.headline:
            if phrase.in_body or not phrase.keys:
                continue
            quotes = [(o, q) for o in story for q in o.quotes]
            if any(contains(q.words.keys, phrase.keys) for _, q in quotes):
                continue
            close = [
                (o, q)
                for o, q in quotes
                if fuzz.partial_ratio(phrase.phrase.lower(), q.text.lower())
                >= self.settings["min_score"]
            ]
            wordings: dict[tuple[str, ...], set[str]] = defaultdict(set)
            for o, q in close:
                wordings[meaningful_words(q)].add(o.record_id)
            seen: dict[str, Any] = {}
            for o, q in close:
                seen.setdefault(
                    o.record_id, related(o, q.pointer, q.evidence, f"quotes “{short(q.text)}”")
                )
            hint = ""
            if close:
                best = max(
                    close, key=lambda oq: (len(wordings[meaningful_words(oq[1])]), len(oq[1].text))
                )
                count = len(wordings[meaningful_words(best[1])])
                hint = f"; the closest quotation, in {count} record(s): “{short(best[1].text)}”"
            yield draft(
                d,
                f"the headline quotes ‘{phrase.phrase}’, but neither the body nor the other "
                f"{len(story) - 1} record(s) of the story quote these words{hint}",
                "/title",
                phrase.evidence,
                seen.values(),
            )


QUOTE_RULES = (QuoteDrift, HeadlineQuote)
