"""Cross-source analysis: small per-record digests, stories, and comparisons between them."""

from __future__ import annotations

from audit.analyse.crosssource.digest import Digest, digest
from audit.analyse.crosssource.inference import NotBefore, infer_not_before
from audit.analyse.crosssource.stories import stories

__all__ = ["Digest", "NotBefore", "digest", "infer_not_before", "stories"]
