"""Render records (and their findings) as one self-contained HTML page.

Everything untrusted (article text, titles, names, URLs) goes through Jinja2's
autoescaping; only the package's own stylesheet and script are inserted verbatim, and a
Content-Security-Policy allows exactly those two (by hash) and nothing from outside.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from audit import __version__
from audit.errors import InputError
from audit.findings import Finding
from audit.report import compare, explain
from audit.report.article import ArticleView, build_view


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("audit.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> str:
    text = (files("audit.report") / "static" / name).read_text("utf-8")
    if "</" in text:  # would end the <style>/<script> element early
        raise ValueError(f"asset {name} must not contain '</'")
    return text


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def csp(css: str, js: str) -> str:
    """The page's policy: its own inline style and script, no other source at all."""
    return "; ".join(
        (
            "default-src 'none'",
            f"style-src '{_sha256(css)}'",
            f"script-src '{_sha256(js)}'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
        )
    )


def render(
    records: Sequence[dict[str, Any]],
    findings: Sequence[Finding] = (),
    refused: Sequence[InputError] = (),
) -> str:
    """The HTML report of ``records``; ``findings`` come from a `check` run over them;
    ``refused`` are the sources that could not be read, listed with the reason."""
    by_record: dict[str, list[Finding]] = {}
    for f in findings:
        if not f.related and f.record_id:
            by_record.setdefault(f.record_id, []).append(f)
    articles: list[ArticleView] = []
    by_id: dict[str, tuple[dict[str, Any], str]] = {}
    for n, rec in enumerate(records, 1):
        anchor = f"a{n}"
        articles.append(build_view(rec, anchor, by_record.pop(rec["id"], [])))
        by_id.setdefault(rec["id"], (rec, anchor))
    several = len(records) > 1
    columns, rows = compare.table(list(records)) if several else ([], [])
    css, js = _asset("report.css"), _asset("report.js")
    template = _environment().get_template("report.html.j2")
    return template.render(
        articles=articles,
        refused=[(r.source, r.reason) for r in refused],
        several=several,
        columns=columns,
        rows=rows,
        discrepancies=compare.discrepancies(list(findings), by_id),
        kinds=explain.texts().get("kinds", {}),
        version=__version__,
        csp=csp(css, js),
        # The package's own assets, checked above; never article data.
        css=Markup(css),
        js=Markup(js),
    )
