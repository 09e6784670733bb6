"""URL sources over real HTTP against a local server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.http_server import serve


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve() as url:
        yield url


def test_html_url_becomes_a_record(base: str) -> None:
    result = run_cli("ingest", "--allow-private", f"{base}/article.html", "--print")
    assert result.code == 0, result.err
    record = json.loads(result.out)
    assert record["source"]["kind"] == "url"
    assert record["source"]["location"] == f"{base}/article.html"
    assert record["source"]["media_type"] == "text/html"
    assert "harbour reopened on Tuesday" in record["text"]
    assert "By Jane Doe, Reuters" in record["text"]  # credit line trafilatura drops is kept
    assert record["title"]["value"] == "Harbour reopens after storm"


def test_redirect_is_followed_and_final_url_recorded(base: str) -> None:
    result = run_cli("ingest", "--allow-private", f"{base}/moved", "--print")
    assert result.code == 0, result.err
    assert json.loads(result.out)["source"]["location"] == f"{base}/article.html"


def test_plain_text_url(base: str) -> None:
    result = run_cli("ingest", "--allow-private", f"{base}/article.txt", "--print")
    assert result.code == 0, result.err
    assert json.loads(result.out)["source"]["media_type"] == "text/plain"


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/report.pdf", "application/pdf is not an article"),
        ("/loop", "more than 5 redirects"),
        ("/empty", "empty input"),
    ],
)
def test_bad_urls_exit_2_with_one_line(base: str, path: str, reason: str) -> None:
    result = run_cli("ingest", "--allow-private", f"{base}{path}", "--print")
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert f"{base}{path}" in result.err and reason in result.err


def test_timeout(base: str) -> None:
    result = run_cli("ingest", "--allow-private", f"{base}/slow", "--print", "--timeout", "0.5")
    assert result.code == 2
    assert "no answer before the timeout" in result.err


@pytest.mark.parametrize("path", ["/huge", "/bomb"])
def test_size_cap_while_streaming_and_after_decompression(base: str, path: str) -> None:
    result = run_cli(
        "ingest", "--allow-private", f"{base}{path}", "--print", "--max-bytes", "1000000"
    )
    assert result.code == 2
    assert "larger than the 1000000-byte limit" in result.err


def test_non_http_scheme_refused() -> None:
    result = run_cli("ingest", "file:///etc/passwd", "--print")
    assert result.code == 2
    assert "only http and https" in result.err


def test_report_reads_an_intranet_url_when_allowed(base: str, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    refused = run_cli("report", f"{base}/article.html", "-o", str(out))
    assert refused.code == 2 and "--allow-private" in refused.err and not out.exists()
    result = run_cli("report", "--allow-private", f"{base}/article.html", "-o", str(out))
    assert result.code == 0, result.err
    assert "Harbour reopens after storm" in out.read_text(encoding="utf-8")


def test_check_articles_reads_an_intranet_url_when_allowed(base: str) -> None:
    refused = run_cli("check", "--articles", f"{base}/article.html")
    assert refused.code == 2 and "--allow-private" in refused.err
    result = run_cli("check", "--articles", "--allow-private", f"{base}/article.html")
    assert result.code in (0, 1), result.err
    assert "1 file(s)" in result.out
