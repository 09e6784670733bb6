"""Speakers as Central American and South Asian copy names them: Spanish and South Asian
honorifics before a name ("Doña", "Lic.", "Mawlawi", "Advocate"), a statement posted by
someone who "denied any wrongdoing in" it, a summary "prepared by" a firm, a letter "signed
by" an official that "It" then stands for, a notification a government issued, an account's
@handle, an official "requesting anonymity", a report only asked for, and "He further
said". Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Its president, Doña Rosa Pérez Lara, said members had "stopped asking".',
            "Rosa Pérez Lara",
        ),
        (
            'The firm\'s lawyer, Lic. Tomás Ruiz Ochoa, said "the deal was legal".',
            "Tomás Ruiz Ochoa",
        ),
        ('Mawlawi Abdul Karim Haqqani said "the road will open".', "Abdul Karim Haqqani"),
        ('Advocate Farah Qureshi argued that the deal was "void from the start".', "Farah Qureshi"),
        (
            "Tomás Ruiz Ochoa, the firm's lawyer, denied any wrongdoing in a statement "
            'posted on Facebook. "Every contract was lawful," the statement said.',
            "Tomás Ruiz Ochoa",
        ),
        (
            "A copy of the auditor's summary, prepared by Caribe Audit Ltd., states that "
            '"controls were overridden on 37 occasions."',
            "Caribe Audit Ltd",
        ),
        (
            "The letter, dated 2 Aqrab, is signed by Mawlawi Abdul Karim Haqqani, the deputy "
            "minister. It instructs officials to \u201chand over the area without delay\u201d.",
            "Abdul Karim Haqqani",
        ),
        (
            "Schools closed, markets to shut early\n"
            "The Sindh government issued a notification closing schools until Monday.\n"
            'According to the notification, "all schools shall remain closed".',
            "Sindh government",
        ),
        ('The X account @HarbourWatch wrote: "The port lost a fortune."', "@HarbourWatch"),
        (
            'The firm issued a statement. "We did nothing wrong," it said.\n'
            "Its chief, Sheikh Naveed Qadir, said the rate was fair. He further said the "
            'company would "welcome any inquiry".',
            "Naveed Qadir",
        ),
    ],
)
def test_speaker_is_named(text: str, speaker: str) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the source's words, not those of a body named in what the source said
        "An official of the works department, requesting anonymity, said the department "
        'had sought a report from the Harbour Board on the matter "weeks ago".',
        # an address is no handle
        'Write to jo@example.com said: "send it".',
    ],
)
def test_no_speaker_is_named(text: str) -> None:
    assert quoted_speakers(text)[-1][1] is None
