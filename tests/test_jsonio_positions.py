"""Strict JSON errors the parser reports without a place are placed at the offending token,
not at the first look-alike inside a string or in another object."""

from __future__ import annotations

import pytest

from audit.jsonio import JsonSyntaxError, loads_strict


def _place(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


@pytest.mark.parametrize(
    ("text", "needle", "message"),
    [
        # "start" is in every evidence object; the repeat is in the second object only
        (
            '{"a": {"start": 1},\n "b": {"start": 2, "end": 3, "start": 4}}',
            '"start": 4',
            'duplicate key "start"',
        ),
        # the key written with an escape is the same key
        ('{"text": "\\"id\\": 1", "id": 1,\n  "\\u0069d": 2}', '"\\u0069d"', 'duplicate key "id"'),
        # nested arrays and objects between the two keys
        ('[{"x": [1, {"x": 1}], "y": 2, "x": 3}]', '"x": 3', 'duplicate key "x"'),
        # the same words inside a string come first
        ('{"text": "NaN and 1e999 here",\n "value": 1e999}', "1e999}", "1e999 is out of range"),
        ('{"text": "a NaN",\n "value": NaN}', "NaN}", "NaN is not valid JSON"),
    ],
)
def test_errors_are_placed_at_the_token(text: str, needle: str, message: str) -> None:
    with pytest.raises(JsonSyntaxError) as caught:
        loads_strict(text)
    assert caught.value.reason == message
    assert (caught.value.line, caught.value.column) == _place(text, text.rindex(needle))


@pytest.mark.parametrize(
    ("text", "line", "column", "closing"),
    [('{\n  "a": 1,\n}', 2, 9, "}"), ('{"a": [1, 2, ]}', 1, 12, "]")],
)
def test_a_trailing_comma_is_named_and_placed_at_the_comma(
    text: str, line: int, column: int, closing: str
) -> None:
    with pytest.raises(JsonSyntaxError) as raised:
        loads_strict(text)
    assert (raised.value.reason, raised.value.line, raised.value.column) == (
        f"trailing comma before {closing!r}",
        line,
        column,
    )
