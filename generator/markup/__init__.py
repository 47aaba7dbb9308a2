"""Markup: Markdown and HTML in and out of answer trees (one parser, one renderer, one escaper)."""
