"""The MkDocs side: the ``studyguide`` plugin's hooks, the generated pages, math typeset at build time."""
