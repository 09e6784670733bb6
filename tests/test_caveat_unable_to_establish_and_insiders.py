"""Where material came from, stated as what a newsroom was unable to establish ("was
unable to establish who took the photographs", "We were unable to establish where exactly
the video was filmed"), and material obtained from a source described but not named
("from a person involved in the project"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import found_caveats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Ledger was unable to establish who took the photographs of the pipe.",
            "provenance_unclear",
        ),
        (
            "We were unable to establish where exactly the video was filmed.",
            "provenance_unclear",
        ),
        (
            "The newsroom was not able to determine who created the altered image.",
            "provenance_unclear",
        ),
        (
            "The certificate was obtained from a person involved in the project.",
            "anonymous_source",
        ),
        (
            "The figures were shared by a source close to the council.",
            "anonymous_source",
        ),
    ],
)
def test_caveat(text: str, kind: str) -> None:
    assert kind in {k for k, _ in found_caveats(text)}


@pytest.mark.parametrize(
    "text",
    [
        # what was not established is no source of material
        "The inspectors were unable to establish how much the repairs would cost.",
        # a named person involved in a project is a named source
        "The plan came from Ana Roe, who is involved in the project.",
    ],
)
def test_no_caveat_of_those_kinds(text: str) -> None:
    kinds = {k for k, _ in found_caveats(text)}
    assert not kinds & {"provenance_unclear", "anonymous_source"}
