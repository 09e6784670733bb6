"""Injected links selling what spam sells today (the whole-article blind set's "Check Out:
best cbd gummies" line was missed), and an article about the same goods is left alone."""

from __future__ import annotations

from audit.analyse.content.spam import injected_links

BODY = "The tanker leaked oil off the coast, officials said on Tuesday."


def test_a_call_to_action_for_foreign_goods_is_spam() -> None:
    text = f"{BODY}\n\nCheck Out: best cbd gummies for sleep 2026\n\nThe company denied it."
    flags = list(injected_links(text))
    assert [text[f.start : f.end] for f in flags] == ["Check Out: best cbd gummies for sleep 2026"]


def test_an_article_about_the_goods_is_not_spam() -> None:
    text = (
        "Regulators warned that cbd gummies sold online carry unproven claims. Sales of cbd "
        "gummies doubled last year.\n\nCheck out: cbd gummies and the law\n\nThe agency said."
    )
    assert list(injected_links(text)) == []
