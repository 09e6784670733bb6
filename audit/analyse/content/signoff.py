"""Source and agency sign-off lines: "Quelle: Landesregierung", "aja/PAP", "(dpa)", and a
bare agency code closing the text ("RIRM"). They credit the story; they are not its prose.

They are flagged as residue, never as spam: the attribution and republication analyses
read the same lines as provenance, and a reviewer may acknowledge the flag as intended.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, Unit, lines
from audit.analyse.spans import Spans

_LABELLED = re.compile(r"^([^\W\d_]{2,12})[ \t]?:[ \t]*(\S.{0,79})$")
_VALUE_WORDS = 6
# "aja/PAP", "(dpa)", "— Reuters", "AFP, Reuters": short letter tokens joined by "/" or ","; each
# repetition starts with a separator the token class excludes, so matching is linear.
_TOKEN = r"[^\W\d_]{1,9}"
_SIGNED = re.compile(rf"^(?:[—–-][ \t]?)?\(?({_TOKEN}(?:[ \t]?[/,][ \t]?{_TOKEN}){{0,4}})\)?$")
_SPLIT = re.compile(r"[ \t]?[/,][ \t]?")
_INITIALS = 4
_CODE = (2, 6)
_TAIL = 3
_PROSE = 100
_LONGEST = 90
_SENTENCE_END = '.!?"”»)'


def _flag(unit: Unit, confidence: str, message: str) -> Flag:
    return Flag("RES020", "source_line", "residue", confidence, unit.start, unit.end, message)


def _is_source_line(line: str) -> bool:
    """ "<label>: <up to six words>" with a source label ("Quelle: Verbraucherzentrale NRW")."""
    match = _LABELLED.match(line)
    if not match or match.group(1).lower() not in lexicon().source_labels:
        return False
    value = match.group(2).rstrip(" .")
    return bool(value) and len(value.split()) <= _VALUE_WORDS and value[-1:] not in "?!:"


def _is_code(token: str) -> bool:
    """An agency or outlet code in capitals ("PAP", "RIRM")."""
    return token.isupper() and _CODE[0] <= len(token) <= _CODE[1]


def _signature(line: str) -> str | None:
    """ "agency" when the line names a wire agency, "initials" when it joins a reporter's
    initials to a code ("aja/PAP"), "code" for a bare code in capitals, else None."""
    match = _SIGNED.match(line)
    if not match:
        return None
    tokens = _SPLIT.split(match.group(1))
    agencies = lexicon().agencies
    if any(t.lower() in agencies for t in tokens) and all(
        t.lower() in agencies or _is_code(t) or (t.islower() and len(t) <= _INITIALS)
        for t in tokens
    ):
        return "agency"
    codes = [t for t in tokens if _is_code(t)]
    initials = [t for t in tokens if t.islower() and len(t) <= _INITIALS]
    if codes and initials and len(codes) + len(initials) == len(tokens) and "/" in line:
        return "initials"
    return "code" if len(tokens) == 1 and codes else None


def _ends_sentence(unit: Unit | None) -> bool:
    return unit is not None and unit.text[-1:] in _SENTENCE_END


def _tail_start(units: Sequence[Unit]) -> int:
    """Index after the text's last prose paragraph (the sign-off zone starts there)."""
    for index in range(len(units) - 1, -1, -1):
        if len(units[index].text) >= _PROSE and _ends_sentence(units[index]):
            return index + 1
    return len(units)


def _opens_text(units: Sequence[Unit], index: int) -> bool:
    """The line heads a text below it ("AUTOR" over an author's biography)."""
    return index + 1 < len(units) and len(units[index + 1].text) >= _PROSE


def sign_offs(text: str, taken: Sequence[Flag]) -> Iterator[Flag]:
    """RES020: source lines anywhere, agency sign-offs after a paragraph, and a bare code
    in capitals among the few lines after the text's last paragraph (not heading a text).
    A line another detector flags (a dead link, a photo credit) is left to it."""
    units = lines(text)
    tail = _tail_start(units)
    flagged = Spans((f.start, f.end) for f in taken)
    for index, unit in enumerate(units):
        flag = _judge(units, index, tail) if len(unit.text) <= _LONGEST else None
        if flag and not flagged.overlaps(unit.start, unit.end):
            yield flag


def _judge(units: Sequence[Unit], index: int, tail: int) -> Flag | None:
    unit = units[index]
    if _is_source_line(unit.text):
        return _flag(unit, "medium", "a source line: a credit, not article prose")
    kind = _signature(unit.text)
    if kind is None:
        return None
    if kind != "code" and (tail <= index or (index > 0 and _ends_sentence(units[index - 1]))):
        return _flag(unit, "medium", "an agency sign-off: a credit, not article prose")
    if kind == "code" and tail <= index < tail + _TAIL and not _opens_text(units, index):
        return _flag(unit, "low", "a code closing the text: likely the outlet's sign-off")
    return None
