"""Fetching articles over HTTP(S) with timeouts, a size cap and capped redirects."""

from __future__ import annotations

import time
from dataclasses import dataclass

import requests

from audit import __version__
from audit.errors import InputError
from audit.ingest.netguard import BlockedAddress, guarded_session

USER_AGENT = f"provaudit/{__version__} (news provenance auditor)"
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class FetchLimits:
    max_bytes: int
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    body: bytes
    media_type: str
    charset: str | None


def fetch(url: str, limits: FetchLimits) -> Fetched:
    """GET ``url``; refuse non-HTML/text types, errors, oversize bodies and slow servers."""
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(url, "only http and https URLs can be fetched")
    session = guarded_session(allow_private=limits.allow_private)
    session.max_redirects = limits.max_redirects
    started = time.monotonic()
    try:
        with session.get(
            url,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8"},
            timeout=(limits.connect_timeout, limits.read_timeout),
            stream=True,
        ) as response:
            if response.status_code >= 400:
                raise InputError(url, f"server answered HTTP {response.status_code}")
            media_type, _, params = response.headers.get("Content-Type", "").partition(";")
            media_type = media_type.strip().lower() or "application/octet-stream"
            if media_type not in ACCEPTED_TYPES:
                raise InputError(url, f"content type {media_type} is not an article (HTML or text)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_content(chunk_size=65536):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise InputError(
                        url, f"response is larger than the {limits.max_bytes}-byte limit"
                    )
                if time.monotonic() - started > limits.deadline:
                    raise InputError(url, f"download took longer than {limits.deadline:g} s")
                chunks.append(chunk)
            charset = None
            for param in params.split(";"):
                key, _, value = param.partition("=")
                if key.strip().lower() == "charset":
                    charset = value.strip().strip('"') or None
            return Fetched(response.url, b"".join(chunks), media_type, charset)
    except BlockedAddress as blocked:
        raise InputError(url, f"{blocked} (use --allow-private for intranet sources)") from None
    except requests.TooManyRedirects:
        raise InputError(url, f"more than {limits.max_redirects} redirects") from None
    except requests.Timeout:
        raise InputError(url, "no answer before the timeout") from None
    except requests.ConnectionError as exc:
        raise InputError(url, f"cannot connect ({type(exc).__name__})") from None
    except requests.RequestException as exc:
        raise InputError(url, f"request failed: {exc}") from None
    finally:
        session.close()
