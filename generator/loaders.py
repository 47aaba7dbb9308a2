"""Load the maintainers' YAML files (word list, taxonomy, curation) with line numbers.

Every problem is raised as the matching :class:`~generator.errors.StudyGuideError`
naming the file and line, so a typo in a YAML file never ends in a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import CurationError, StudyGuideError, TaxonomyError, WordListError
from .ingest.sources import decode_marked
from .model import Curation, QuestionOverride, SourceRef, Tag, Taxonomy, Topic, WordList
from .safety import slug_problem, source_ref_problem, strip_invisible, title_problem


class _Lined(dict[Any, Any]):
    """A mapping that remembers the line of each key (``lines``) and its own (``line``)."""

    line: int = 0
    lines: dict[Any, int]


class _LinedList(list[Any]):
    line: int = 0
    lines: list[int]


class _LineLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _Lined:
        mapping = _Lined(super().construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.lines = {
            self.construct_object(key, deep=True): key.start_mark.line + 1 for key, _ in node.value
        }
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> _LinedList:
        items = _LinedList(super().construct_sequence(node, deep=True))
        items.line = node.start_mark.line + 1
        items.lines = [child.start_mark.line + 1 for child in node.value]
        return items


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping
)
_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence
)


def load_yaml(path: Path, error: type[StudyGuideError]) -> Any:
    """Parse a YAML file, keeping line numbers; raise ``error`` naming the file and line."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise error(str(path), 0, "file not found") from None
    except OSError as exc:
        raise error(str(path), 0, f"cannot read file: {exc.strerror}") from None
    text = decode_marked(str(path), data, error)  # UTF-16 or UTF-32 with a byte order mark
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise error(str(path), line, "not valid UTF-8") from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise error(str(path), line, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise error(str(path), 0, f"invalid YAML: {exc}") from None


def _line_of(container: Any, key: Any) -> int:
    lines = getattr(container, "lines", None)
    if isinstance(lines, dict):
        return int(lines.get(key, getattr(container, "line", 0)))
    if isinstance(lines, list) and isinstance(key, int) and key < len(lines):
        return int(lines[key])
    return int(getattr(container, "line", 0))


def _expect_mapping(
    value: Any, path: Path, line: int, what: str, error: type[StudyGuideError]
) -> dict[str, Any]:
    if value is None:
        return _Lined()
    if not isinstance(value, dict):
        raise error(str(path), line, f"{what} must be a mapping")
    return value


def _string_pairs(data: dict[str, Any], key: str, path: Path) -> tuple[tuple[str, str], ...]:
    section = _expect_mapping(data.get(key), path, _line_of(data, key), key, WordListError)
    pairs = []
    for wrong, right in section.items():
        if not isinstance(wrong, str) or not isinstance(right, str | None):
            raise WordListError(
                str(path), _line_of(section, wrong), f"{key}: entries must be text: text"
            )
        pairs.append((wrong, right or ""))
    return tuple(pairs)


def _string_list(
    data: dict[str, Any], key: str, path: Path, error: type[StudyGuideError]
) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise error(str(path), _line_of(data, key), f"{key} must be a list of text")
    return tuple(value)


def load_wordlist(path: Path) -> WordList:
    """Load the reviewed word list (typos, variants, formulas, furniture patterns)."""
    data = _expect_mapping(load_yaml(path, WordListError), path, 1, "the word list", WordListError)
    for i, pattern in enumerate(_string_list(data, "furniture", path, WordListError)):
        try:
            re.compile(pattern)
        except re.error as exc:
            line = _line_of(data["furniture"], i)
            raise WordListError(str(path), line, f"bad furniture pattern: {exc}") from None
    return WordList(
        typos=_string_pairs(data, "typos", path),
        phrases=_string_pairs(data, "phrases", path),
        title_phrases=_string_pairs(data, "title_phrases", path),
        formulas=_string_pairs(data, "formulas", path),
        keep_case=_string_list(data, "keep_case", path, WordListError),
        spun_phrases=_string_list(data, "spun_phrases", path, WordListError),
        furniture=_string_list(data, "furniture", path, WordListError),
        title_filler=_string_list(data, "title_filler", path, WordListError),
        title_context=_string_list(data, "title_context", path, WordListError),
        synonyms=_string_pairs(data, "synonyms", path),
        search_aliases=_string_pairs(data, "search_aliases", path),
    )


def load_taxonomy(path: Path) -> Taxonomy:
    """Load topics and tags; every tag must name a known topic and have keywords."""
    data = _expect_mapping(load_yaml(path, TaxonomyError), path, 1, "the taxonomy", TaxonomyError)
    topics_raw = data.get("topics") or []
    if not isinstance(topics_raw, list) or not topics_raw:
        raise TaxonomyError(str(path), _line_of(data, "topics"), "topics must be a non-empty list")
    topics = []
    for i, item in enumerate(topics_raw):
        line = _line_of(topics_raw, i)
        if not isinstance(item, dict) or not isinstance(item.get("slug"), str):
            raise TaxonomyError(str(path), line, "each topic needs a slug, title and description")
        problem = slug_problem(item["slug"], "topic slug")
        if problem:
            raise TaxonomyError(str(path), _line_of(item, "slug"), problem)
        topics.append(
            Topic(
                item["slug"], str(item.get("title", item["slug"])), str(item.get("description", ""))
            )
        )
    topic_slugs = {t.slug for t in topics}
    tags_raw = _expect_mapping(
        data.get("tags"), path, _line_of(data, "tags"), "tags", TaxonomyError
    )
    tags = []
    for slug, item in tags_raw.items():
        line = _line_of(tags_raw, slug)
        problem = slug_problem(slug, "tag slug")
        if problem:
            raise TaxonomyError(str(path), line, problem)
        if not isinstance(item, dict):
            raise TaxonomyError(str(path), line, f"tag {slug}: expected a mapping")
        if item.get("topic") not in topic_slugs:
            raise TaxonomyError(str(path), line, f"tag {slug}: unknown topic {item.get('topic')!r}")
        keywords = item.get("keywords") or []
        if not keywords or not all(isinstance(k, str) for k in keywords):
            raise TaxonomyError(
                str(path), line, f"tag {slug}: keywords must be a non-empty list of text"
            )
        tags.append(
            Tag(
                slug=str(slug),
                title=str(item.get("title", slug)),
                description=str(item.get("description", "")),
                keywords=tuple(k.lower() for k in keywords),
                topic=item["topic"],
            )
        )
    default = data.get("default_tag")
    if default not in {t.slug for t in tags}:
        raise TaxonomyError(
            str(path), _line_of(data, "default_tag"), f"default_tag {default!r} is not a tag"
        )
    return Taxonomy(
        topics=tuple(topics),
        tags=tuple(tags),
        default_tag=default,
        sources=_source_headings(data, path, topic_slugs | {t.slug for t in tags}),
    )


def _source_headings(
    data: dict[str, Any], path: Path, known: set[str]
) -> tuple[tuple[str, str], ...]:
    """The taxonomy's ``sources:`` mapping: a source heading -> the tag or topic it belongs to."""
    raw = data.get("sources")
    if raw is None:
        return ()
    mapping = _expect_mapping(raw, path, _line_of(data, "sources"), "sources", TaxonomyError)
    pairs = []
    for heading, target in mapping.items():
        if not isinstance(target, str) or target not in known:
            raise TaxonomyError(
                str(path),
                _line_of(mapping, heading),
                f"sources: heading {heading!r} maps to {target!r}, which is no tag or topic",
            )
        pairs.append((" ".join(str(heading).lower().split()), target))
    return tuple(sorted(pairs))


_OVERRIDE_FIELDS = {
    "id",
    "title",
    "answer",
    "summary",
    "topic",
    "tags",
    "terms",
    "reviewed",
    "note",
}


def _refs(value: Any, path: Path, line: int) -> tuple[SourceRef, ...]:
    if not isinstance(value, list) or len(value) < 2:
        raise CurationError(
            str(path), line, "a merge or split lists two or more FILE#LABEL references"
        )
    refs = []
    for item in value:
        try:
            ref = SourceRef.parse(str(item))
        except ValueError as exc:
            raise CurationError(str(path), line, str(exc)) from None
        problem = source_ref_problem(ref.file, ref.label)
        if problem:
            raise CurationError(str(path), line, problem)
        refs.append(ref)
    return tuple(refs)


def _override(key: str, item: Any, path: Path, line: int) -> QuestionOverride:
    problem = slug_problem(key, "question id")
    if problem:
        raise CurationError(str(path), line, problem)
    if not isinstance(item, dict):
        raise CurationError(str(path), line, f"question {key}: expected a mapping of fields")
    unknown = sorted(set(item) - _OVERRIDE_FIELDS)
    if unknown:
        bad = unknown[0]
        raise CurationError(
            str(path),
            _line_of(item, bad),
            f"question {key}: unknown field {bad!r} "
            f"(allowed: {', '.join(sorted(_OVERRIDE_FIELDS))})",
        )
    fields: dict[str, Any] = {}
    for name in ("id", "title", "answer", "summary", "topic", "note"):
        if name in item:
            if not isinstance(item[name], str) or not item[name].strip():
                raise CurationError(
                    str(path),
                    _line_of(item, name),
                    f"question {key}: {name} must be non-empty text",
                )
            fields[name] = item[name].strip()
    if "id" in fields:
        problem = slug_problem(fields["id"])
        if problem:
            raise CurationError(str(path), _line_of(item, "id"), f"question {key}: {problem}")
    if "title" in fields:
        fields["title"] = strip_invisible(fields["title"])
        problem = title_problem(fields["title"])
        if problem:
            raise CurationError(str(path), _line_of(item, "title"), f"question {key}: {problem}")
    for name in ("tags", "terms"):
        if name in item:
            value = item[name]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise CurationError(
                    str(path),
                    _line_of(item, name),
                    f"question {key}: {name} must be a list of text",
                )
            fields[name] = tuple(value)
    if "reviewed" in item:
        if not isinstance(item["reviewed"], bool):
            raise CurationError(
                str(path),
                _line_of(item, "reviewed"),
                f"question {key}: reviewed must be true or false",
            )
        fields["reviewed"] = item["reviewed"]
    lines = tuple((name, _line_of(item, name)) for name in sorted(fields))
    return QuestionOverride(key=str(key), line=line, field_lines=lines, **fields)


def load_curation(path: Path) -> Curation:
    """Load the curation file: forced merges and splits, and per-question overrides."""
    data = _expect_mapping(
        load_yaml(path, CurationError), path, 1, "the curation file", CurationError
    )
    unknown = sorted(set(data) - {"merge", "split", "questions"})
    if unknown:
        raise CurationError(
            str(path),
            _line_of(data, unknown[0]),
            f"unknown section {unknown[0]!r} (allowed: merge, split, questions)",
        )
    groups: dict[str, list[tuple[tuple[SourceRef, ...], int]]] = {"merge": [], "split": []}
    for section in groups:
        items = data.get(section) or []
        if not isinstance(items, list):
            raise CurationError(str(path), _line_of(data, section), f"{section} must be a list")
        for i, item in enumerate(items):
            line = _line_of(items, i)
            groups[section].append((_refs(item, path, line), line))
    questions_raw = _expect_mapping(
        data.get("questions"), path, _line_of(data, "questions"), "questions", CurationError
    )
    overrides = tuple(
        _override(key, item, path, _line_of(questions_raw, key))
        for key, item in questions_raw.items()
    )
    return Curation(
        path=str(path),
        merges=tuple(groups["merge"]),
        splits=tuple(groups["split"]),
        questions=overrides,
    )
