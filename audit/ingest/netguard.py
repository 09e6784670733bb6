"""Refuse connections to non-public addresses (SSRF guard) for requests sessions.

The host is resolved here, every address is checked, and the socket connects to the
checked address itself, so DNS rebinding between check and connect cannot change it.
Because the check sits in the connection, every redirect hop is checked too.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedAddress(Exception):
    """A connection to a non-public address was refused."""

    def __init__(self, host: str, address: str, why: str) -> None:
        super().__init__(f"refused to connect to {host} ({address}): {why} address")
        self.host = host
        self.address = address
        self.why = why


def classify(address: Address) -> str | None:
    """Why ``address`` is not a public unicast address, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return classify(address.ipv4_mapped)
    for why, test in (
        ("loopback", address.is_loopback),
        ("unspecified", address.is_unspecified),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    ):
        if test:
            return why
    return None if address.is_global else "non-public"


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (numeric, decimal and octal forms included)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]
        if address not in seen:
            seen.append(address)
    return seen


class _Guarded:
    """Mixin for urllib3 connections: vet the resolved address, then connect to it."""

    allow_private = False
    host: str
    port: int
    _dns_host: str

    def _new_conn(self) -> socket.socket:
        host = self._dns_host
        try:
            addresses = resolve(host, self.port)
        except socket.gaierror:
            return super()._new_conn()  # type: ignore[misc,no-any-return]  # urllib3 words it
        if not self.allow_private:
            for address in addresses:
                why = classify(ipaddress.ip_address(address))
                if why:
                    raise BlockedAddress(self.host, address, why)
        self._dns_host = addresses[0]
        try:
            return super()._new_conn()  # type: ignore[misc,no-any-return]
        finally:
            self._dns_host = host


def guarded_session(*, allow_private: bool) -> requests.Session:
    """A session whose connections refuse non-public addresses unless allowed.

    Proxy settings from the environment are ignored (a proxy would bypass the check).
    """
    http_conn = type(
        "GuardedHTTPConnection", (_Guarded, HTTPConnection), {"allow_private": allow_private}
    )
    https_conn = type(
        "GuardedHTTPSConnection", (_Guarded, HTTPSConnection), {"allow_private": allow_private}
    )
    pools: dict[str, Any] = {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
    }

    class GuardedAdapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools
            self.poolmanager.key_fn_by_scheme = dict(self.poolmanager.key_fn_by_scheme)

    session = requests.Session()
    session.trust_env = False
    adapter = GuardedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
