"""Fetching refuses non-public addresses by default, before any packet is sent."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import pytest

from audit.ingest import netguard
from tests import http_server
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with http_server.serve() as url:
        yield url


def _port(base: str) -> str:
    return base.rsplit(":", 1)[1]


@pytest.mark.parametrize(
    "host, why",
    [
        ("127.0.0.1", "loopback"),
        ("localhost", "loopback"),
        ("2130706433", "loopback"),  # decimal form of 127.0.0.1
        ("0177.0.0.1", "loopback"),  # octal form
        ("0x7f.0.0.1", "loopback"),  # hexadecimal form
        ("[::1]", "loopback"),
        ("[::ffff:127.0.0.1]", "loopback"),  # IPv4-mapped IPv6
    ],
)
def test_loopback_forms_are_refused_before_connecting(base: str, host: str, why: str) -> None:
    http_server.HITS.clear()
    url = f"http://{host}:{_port(base)}/article.html"
    result = run_cli("ingest", url, "--print")
    assert result.code == 2
    assert f"{why} address" in result.err and "--allow-private" in result.err
    assert result.err.count("\n") == 1
    assert http_server.HITS == []


@pytest.mark.parametrize(
    "address, why",
    [
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata endpoint
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_classify_non_public(address: str, why: str) -> None:
    assert netguard.classify(ipaddress.ip_address(address)) == why


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2001:4860:4860::8888"])
def test_classify_public(address: str) -> None:
    assert netguard.classify(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("address", ["10.1.2.3", "169.254.169.254", "192.168.0.10"])
def test_private_targets_never_contacted(address: str) -> None:
    # Refused by the address check itself: no connection is attempted at all.
    result = run_cli("ingest", f"http://{address}/", "--print", "--timeout", "0.2")
    assert result.code == 2
    assert "refused to connect" in result.err


def test_allow_private_lets_loopback_through(base: str) -> None:
    result = run_cli("ingest", "--allow-private", f"{base}/article.html", "--print")
    assert result.code == 0, result.err


def test_every_redirect_hop_is_checked(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first connection is allowed; the redirect's new connection is vetted again."""
    calls: list[str] = []

    def first_only(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
        calls.append(str(address))
        return None if len(calls) == 1 else "private"

    monkeypatch.setattr(netguard, "classify", first_only)
    with http_server.serve() as other:
        target = f"{other}/article.html"
        http_server.ROUTES["/to-other"] = http_server._redirect(target)
        try:
            result = run_cli("ingest", f"{base}/to-other", "--print")
        finally:
            del http_server.ROUTES["/to-other"]
    assert result.code == 2
    assert "refused to connect" in result.err
    assert len(calls) == 2
