"""Errors for user mistakes: each names the file and line, and prints as one line."""

from __future__ import annotations


class StudyGuideError(Exception):
    """A mistake in the user's input, reported as ``path:line: message``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def __reduce__(self) -> tuple[type, tuple[str, int, str]]:
        """Pickle with all three fields (errors cross process boundaries)."""
        return (self.__class__, (self.path, self.line, self.message))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class SourceError(StudyGuideError):
    """A source file that cannot be read or holds no usable entries."""


class CurationError(StudyGuideError):
    """A curation file that cannot be read or contradicts itself."""


class TaxonomyError(StudyGuideError):
    """A taxonomy file that cannot be read, or a question that uses an unknown tag."""


class WordListError(StudyGuideError):
    """A word list file that cannot be read."""


class QuestionFileError(StudyGuideError):
    """A question file whose front matter or body cannot be used."""


class PdfError(StudyGuideError):
    """A question that cannot be typeset in the cheat sheet, or a sheet that cannot be written."""


class OutputError(StudyGuideError):
    """An output file or folder that cannot be written (read-only, full disk, permission)."""


class ManifestError(StudyGuideError):
    """An ingest manifest naming a file outside its folder."""


class BusyError(StudyGuideError):
    """Another ingest holds the output folder's lock."""
