"""Renders of the guide outside the site: the PDF cheat sheet and the Anki deck."""
