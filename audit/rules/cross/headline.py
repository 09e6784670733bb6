"""XSC011: quoted words in a headline that no body text or other source supports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from audit.analyse.crosssource.digest import Digest, QuoteRef
from audit.analyse.crosssource.packed import Packed
from audit.analyse.crosssource.quotes import GAP, contains
from audit.findings import Confidence
from audit.rules.base import Draft, Option
from audit.rules.cross.base import StoryRule, draft, related, short


def meaningful_words(quote: QuoteRef) -> tuple[str, ...]:
    return tuple(k for k in quote.words.keys if k != GAP)


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

    per_record = True

    def wants(self, item: Digest | Packed) -> bool:
        return item.headline if isinstance(item, Packed) else bool(item.headline)

    def check_record(self, d: Digest, story: list[Digest]) -> Iterator[Draft]:
        from rapidfuzz import fuzz  # imported on first use: `check` starts faster

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
