"""The question file format: YAML front matter, then the answer in Markdown.

``render_question`` and ``parse_question`` are inverses; the site and the cheat
sheet read question files only through ``parse_question``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from .errors import QuestionFileError
from .model import Question, SourceRef
from .safety import raw_markup_problem, slug_problem, source_ref_problem

# libyaml's emitter when PyYAML has it: same text as SafeDumper, about 6x faster.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
REQUIRED = ("id", "title", "topic", "tags", "sources")
# libyaml's safe loader when PyYAML has it (several times faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def front_matter(question: Question) -> dict[str, Any]:
    """The front matter of a question file, in its fixed field order."""
    data: dict[str, Any] = {
        "id": question.id,
        "title": question.title,
        "topic": question.topic,
        "tags": list(question.tags),
        "summary": question.summary,
    }
    if question.terms:
        data["terms"] = list(question.terms)
    data["related"] = list(question.related)
    if question.aliases:
        data["aliases"] = list(question.aliases)
    data["sources"] = [str(s) for s in question.sources]
    if question.level:
        data["level"] = question.level
    if question.context:
        data["context"] = question.context
    if not question.answered:
        data["answered"] = False
    data["quality"] = question.quality
    data["reviewed"] = question.reviewed
    if question.note:
        data["note"] = question.note
    return data


_PRINTABLE = "\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
_PLAIN = re.compile(rf"[A-Za-z0-9](?:[{_PRINTABLE}]*(?=\S)[{_PRINTABLE}])?")
"""From a letter or digit, characters YAML prints as they are (ASCII, and Unicode but
its line and paragraph separators, byte-order mark and non-characters), to a non-space."""
_RESOLVER = Resolver()
_STR = "tag:yaml.org,2002:str"


def _plain(text: str) -> bool:
    """Whether YAML writes ``text`` as it is (a plain scalar), for the common easy case:
    printable text from a letter or digit on, no comment or key indicator, read back as
    text (not a number, boolean, null or date: from a letter, only single words can be
    those). False means only "not sure"."""
    return (
        _PLAIN.fullmatch(text) is not None
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and (
            (" " in text and text[0].isalpha())
            or _RESOLVER.resolve(ScalarNode, text, (True, False)) == _STR  # type: ignore[no-untyped-call]
        )
    )


def _field(key: str, value: Any) -> str:
    """One front matter field as ``yaml.dump`` writes it, without PyYAML where it is plain."""
    if isinstance(value, bool):
        return f"{key}: {'true' if value else 'false'}\n"
    if isinstance(value, str) and _plain(value):
        return f"{key}: {value}\n"
    if isinstance(value, list) and all(isinstance(v, str) and _plain(v) for v in value):
        return "".join([f"{key}:\n", *(f"- {v}\n" for v in value)]) if value else f"{key}: []\n"
    return yaml.dump(
        {key: value}, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1_000_000
    )


def render_question(question: Question) -> str:
    """The full text of a question file.

    The front matter is what ``yaml.dump`` gives (libyaml, block style, no line folding),
    written field by field; PyYAML writes only the values that are not plain text.
    """
    meta = "".join(_field(key, value) for key, value in front_matter(question).items())
    body = question.answer.strip()
    return f"---\n{meta}---\n\n{body}\n" if body else f"---\n{meta}---\n"


def _text_list(meta: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
    value = meta.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise QuestionFileError(path, 2, f"front matter field {key!r} must be a list of text")
    return tuple(value)


def field_line(text: str, key: str) -> int:
    """The line of front matter field ``key`` (2, the first field's line, if not found)."""
    for number, row in enumerate(text.split("\n"), 1):
        if row.startswith(f"{key}:"):
            return number
    return 2


def _check_names(
    meta: dict[str, Any], sources: tuple[SourceRef, ...], text: str, path: str
) -> None:
    """Ids become file names and URLs, so each must be a slug; sources plain references."""
    for key in ("id", "related", "aliases"):
        values = meta.get(key) or []
        if key != "id" and not isinstance(values, list):
            continue  # reported by _text_list
        for value in [values] if key == "id" else values:
            problem = slug_problem(value, "id" if key == "id" else f"{key} id")
            if problem:
                raise QuestionFileError(path, field_line(text, key), problem)
    for ref in sources:
        problem = source_ref_problem(ref.file, ref.label)
        if problem:
            raise QuestionFileError(path, field_line(text, "sources"), problem)


def _check_markup(meta: dict[str, Any], body: str, text: str, end: int, path: str) -> None:
    """No raw HTML, admonitions or details blocks in the answer, summary or context: a
    question file (edited by hand, say) is Markdown the site renders as text.
    """
    rest = text[end + 5 :]
    body_line = text.count("\n", 0, end + 5 + len(rest) - len(rest.lstrip())) + 1
    fields = [("answer", body, body_line)]
    for key in ("summary", "context"):
        if isinstance(meta.get(key), str):
            fields.append((key, meta[key], field_line(text, key)))
    for field, markdown, first_line in fields:
        problem = raw_markup_problem(markdown)
        if problem:
            line, message = problem
            where = first_line + line - 1 if field == "answer" else first_line
            raise QuestionFileError(path, where, f"{field}: {message}")


def parse_question(text: str, path: str) -> Question:
    """Parse a question file's text; QuestionFileError names the file and line on bad input."""
    if not text.startswith("---\n"):
        raise QuestionFileError(path, 1, "question file must start with '---' front matter")
    end = text.find("\n---\n", 3)
    if end < 0:
        raise QuestionFileError(path, 1, "front matter is not closed by a '---' line")
    try:
        meta = yaml.load(text[4 : end + 1], Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = (exc.problem_mark.line + 2) if exc.problem_mark else 1
        raise QuestionFileError(path, line, f"invalid front matter: {exc.problem}") from None
    if not isinstance(meta, dict):
        raise QuestionFileError(path, 2, "front matter must be a mapping")
    missing = [key for key in REQUIRED if not meta.get(key)]
    if missing:
        raise QuestionFileError(path, 2, f"front matter lacks {', '.join(missing)}")
    try:
        sources = tuple(SourceRef.parse(s) for s in _text_list(meta, "sources", path))
    except ValueError as exc:
        raise QuestionFileError(path, 2, str(exc)) from None
    _check_names(meta, sources, text, path)
    answered = meta.get("answered", True) is not False
    if answered and not meta.get("summary"):
        raise QuestionFileError(path, 2, "front matter lacks summary")
    body = text[end + 5 :].strip()
    _check_markup(meta, body, text, end, path)
    if answered and not body:
        raise QuestionFileError(
            path,
            text.count("\n", 0, end) + 2,
            "question has no answer (mark it 'answered: false' if it has none yet)",
        )
    return Question(
        id=str(meta["id"]),
        title=str(meta["title"]),
        answer=body,
        summary=str(meta.get("summary") or ""),
        topic=str(meta["topic"]),
        tags=_text_list(meta, "tags", path),
        sources=sources,
        related=_text_list(meta, "related", path),
        terms=_text_list(meta, "terms", path),
        aliases=_text_list(meta, "aliases", path),
        quality=str(meta.get("quality", "ok")),
        reviewed=bool(meta.get("reviewed", False)),
        note=str(meta.get("note", "") or ""),
        answered=answered,
        level=str(meta["level"]) if meta.get("level") else None,
        context=str(meta.get("context", "") or ""),
    )


def read_question_file(path: Path) -> Question:
    """Read and parse one question file from disk."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionFileError(str(path), 0, f"cannot read question file: {exc}") from None
    return parse_question(text, str(path))


def read_question_folder(folder: Path) -> list[Question]:
    """Every question file (``*.md``) in a folder, sorted by file name."""
    return [read_question_file(p) for p in sorted(folder.glob("*.md"))]
