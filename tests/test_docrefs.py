"""docrefs.py: Sphinx roles in rendered docstrings become links (or plain code)."""

from __future__ import annotations

from generator.site.docrefs import link_roles

PAGE = (
    '<h2 id="generator.ingest.asks">asks</h2>'
    '<h3 id="generator.ingest.asks.first_clause">first_clause</h3>'
    '<h3 id="generator.ingest.frames.Readings">Readings</h3>'
    '<h4 id="generator.ingest.frames.Readings.frame_at">frame_at</h4>'
    '<h3 id="generator.ingest.merge.first_clause">first_clause</h3>'
)


def test_a_role_links_to_the_one_object_of_that_name() -> None:
    text = (
        PAGE
        + "<p>See :mod:<code>generator.ingest.asks</code> and :meth:<code>Readings.frame_at</code>.</p>"
    )
    out = link_roles(text)
    assert '<a href="#generator.ingest.asks"><code>generator.ingest.asks</code></a>' in out
    assert (
        '<a href="#generator.ingest.frames.Readings.frame_at"><code>Readings.frame_at</code></a>'
        in out
    )
    assert ":mod:" not in out and ":meth:" not in out


def test_a_name_two_objects_share_or_none_has_stays_plain_code() -> None:
    text = PAGE + "<p>:func:<code>first_clause</code>, :class:<code>Unknown</code></p>"
    out = link_roles(text)
    assert "<p><code>first_clause</code>, <code>Unknown</code></p>" in out


def test_a_page_without_roles_is_unchanged() -> None:
    assert link_roles(PAGE + "<p>a:b <code>x</code></p>") == PAGE + "<p>a:b <code>x</code></p>"
