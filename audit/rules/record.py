"""REC rules: the record parses, matches the schema, and its evidence still holds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import Any

from audit.jsonio import UnreadableFile
from audit.locate import escape_key
from audit.model import span_holds
from audit.rules.base import CorpusRule, Draft, RecordContext, Rule


class JsonSyntax(Rule):
    """The file is not valid JSON.

    The file cannot be read as JSON: a missing comma or bracket, a trailing comma, a
    duplicate key, or NaN/Infinity (which JSON does not allow). Nothing else in the file
    can be checked until it parses.

    Why it matters:
        A record that does not parse is invisible to every other check, so a broken file
        could hide any number of problems.

    Fails:
        {"id": "a-record", "text": "x",}

    Passes:
        {"id": "a-record", "text": "x"}

    Options:
        none
    """

    code = "REC001"
    name = "json-syntax"
    summary = "The record file is not valid JSON"
    needs_valid_record = False

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        err = ctx.parse_error
        if isinstance(err, UnreadableFile):
            yield Draft(f"file not read: {err.reason}", pointer="", line=1, column=1)
        elif err is not None:
            yield Draft(f"invalid JSON: {err.reason}", pointer="", line=err.line, column=err.column)


class SchemaViolation(Rule):
    """The record does not match schema/provenance-record.schema.json.

    A field is missing, has the wrong type, holds a value outside its allowed list, or is
    not part of the record format at all (often a misspelt name).

    Why it matters:
        Every report and rule relies on the record format; a record that strays from it
        is read wrongly or not at all.

    Fails:
        "review": {"status": "done"}   (status must be unreviewed or reviewed)

    Passes:
        "review": {"status": "reviewed", "by": "A. Curator", "at": null, "notes": null}

    Options:
        none
    """

    code = "REC002"
    name = "schema-violation"
    summary = "The record does not match the record schema"
    needs_valid_record = False

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        for violation in ctx.violations:
            yield Draft(violation.message, pointer=violation.pointer)


class TextHash(Rule):
    """The record's `text_sha256` is not the SHA-256 of its `text`.

    The archived text was changed after the record was made (or the hash was edited), so
    the text is no longer the one that was audited.

    Why it matters:
        Every span, quote and finding points into the text; if the text changed silently,
        nobody can trust that they still say what they said.

    Fails:
        "text": "Edited text", "text_sha256": "<hash of the original text>"

    Passes:
        "text_sha256" equal to sha256(text.encode("utf-8")).hexdigest()

    Options:
        none
    """

    code = "REC003"
    name = "text-hash-mismatch"
    summary = "text_sha256 does not match the record's text"
    needs_valid_record = False

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        rec, text = ctx.record, ctx.text
        if rec is None or text is None or not isinstance(rec.get("text_sha256"), str):
            return
        actual = ctx.text_sha256()
        if actual is not None and actual != rec["text_sha256"]:
            yield Draft(
                f"text_sha256 is {rec['text_sha256'][:12]}… but the text hashes to "
                f"{actual[:12]}…: the text was changed after the record was made",
                pointer="/text_sha256",
            )


def iter_evidence(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (pointer, evidence) for every evidence object anywhere in a record, in
    document order (a ``text`` member is not searched)."""
    stack: list[tuple[str, Any]] = [(pointer, node)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            if len(node) == 3 and {"start", "end", "quote"} <= node.keys():
                yield pointer, node
                continue
            children = [
                (f"{pointer}/{escape_key(str(key))}", value)
                for key, value in node.items()
                if key != "text" and isinstance(value, dict | list)
            ]
        elif isinstance(node, list):
            children = [
                (f"{pointer}/{index}", value)
                for index, value in enumerate(node)
                if isinstance(value, dict | list)
            ]
        else:
            continue
        stack.extend(reversed(children))  # popped first to last


def evidence_objects(node: Any) -> list[dict[str, Any]]:
    """Every evidence object :func:`iter_evidence` yields, in no particular order and
    without pointers (cheaper: most records' spans all hold and need none)."""
    found: list[dict[str, Any]] = []
    stack: list[Any] = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if len(node) == 3 and "start" in node and "end" in node and "quote" in node:
                found.append(node)
            else:
                stack.extend(
                    [v for k, v in node.items() if k != "text" and isinstance(v, dict | list)]
                )
        elif isinstance(node, list):
            stack.extend([v for v in node if isinstance(v, dict | list)])
    return found


def _holds(text: str, evidence: dict[str, Any]) -> bool:
    """Whether an evidence object quotes ``text`` (or has types REC002 reports instead)."""
    start, end, quote = evidence["start"], evidence["end"], evidence["quote"]
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(quote, str)):
        return True
    return span_holds(text, start, end, quote)


class EvidenceMismatch(Rule):
    """An evidence span no longer quotes the record's text.

    Every evidence object must satisfy `text[start:end] == quote`. This fails when the
    text or the span was edited, or the offsets fall outside the text.

    Why it matters:
        Evidence is what makes a finding checkable. A span that points at the wrong words
        makes a claim about the article that the article does not support.

    Fails:
        "text": "Reuters reported", "evidence": {"start": 0, "end": 7, "quote": "Reuter"}

    Passes:
        "text": "Reuters reported", "evidence": {"start": 0, "end": 7, "quote": "Reuters"}

    Options:
        none
    """

    code = "REC004"
    name = "evidence-mismatch"
    summary = "An evidence span does not match the record's text"
    needs_valid_record = False

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        rec, text = ctx.record, ctx.text
        if rec is None or text is None:
            return
        if all(_holds(text, ev) for ev in evidence_objects(rec)):
            return  # the usual case: no pointer is built
        for pointer, ev in iter_evidence(rec):
            if _holds(text, ev):
                continue  # or REC002 reports its types
            start, end, quote = ev["start"], ev["end"], ev["quote"]
            if not 0 <= start <= end <= len(text):
                detail = f"span {start}:{end} lies outside the text ({len(text)} characters)"
            else:
                detail = f"text[{start}:{end}] is {text[start:end][:60]!r}, not {quote[:60]!r}"
            yield Draft(f"evidence does not match the text: {detail}", pointer=pointer)


class IdMatchesFile(Rule):
    """The record's `id` differs from its file name.

    Records are stored as `<id>.json`; the id and the file name must agree.

    Why it matters:
        Reports, baselines and cross-references name records by id; a file whose name
        says something else sends a reader to the wrong record.

    Fails:
        records/2019-11-18-leak.json containing "id": "2019-11-18-leak-2"

    Passes:
        records/2019-11-18-leak.json containing "id": "2019-11-18-leak"

    Options:
        none
    """

    code = "REC005"
    name = "id-file-mismatch"
    summary = "The record id is not the file name"
    needs_valid_record = False

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        record_id = ctx.record_id
        if record_id is None or ctx.path == "-":
            return
        stem = PurePath(ctx.path).name.removesuffix(".json")
        if record_id != stem:
            yield Draft(f"id {record_id!r} does not match the file name {stem!r}", pointer="/id")


class DuplicateId(CorpusRule):
    """Two record files carry the same `id`.

    Ids identify records across files, folders and reports, so each must be unique among
    the records checked together.

    Why it matters:
        With two records under one id, findings, baselines and comparisons attach to the
        wrong article.

    Fails:
        records/a/x-story.json and records/b/x-story.json both with "id": "x-story"

    Passes:
        every record with its own id

    Options:
        none
    """

    code = "REC006"
    name = "duplicate-id"
    summary = "The same record id appears in more than one file"
    needs_valid_record = False

    def collect(self, ctx: RecordContext) -> Any:
        return (ctx.record_id, ctx.path) if ctx.record_id else None

    def finish(self, collected: list[Any]) -> Iterable[Draft]:
        seen: dict[str, str] = {}
        for item in collected:
            if item is None:
                continue
            record_id, path = item
            if record_id in seen:
                yield Draft(
                    f"id {record_id!r} is already used by {seen[record_id]}",
                    pointer="/id",
                    path=path,
                    record_id=record_id,
                )
            else:
                seen[record_id] = path


RECORD_RULES: tuple[type[Rule], ...] = (
    JsonSyntax,
    SchemaViolation,
    TextHash,
    EvidenceMismatch,
    IdMatchesFile,
    DuplicateId,
)
