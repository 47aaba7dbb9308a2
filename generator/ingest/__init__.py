"""Ingest: read sources, parse entries, normalize, deduplicate and merge, tag, link, write question files.

Nothing here imports :mod:`generator.site` or :mod:`generator.outputs`.
"""
