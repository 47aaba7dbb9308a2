"""Write question files: only what changed, never over a hand edit, all or nothing.

Ingest records the SHA-256 of every file it wrote in a manifest inside the output
folder. On the next run a file whose content no longer matches its manifest entry
was edited by hand: it is kept and reported, not overwritten. A manifest that cannot
be read or does not match is reported and rebuilt from the files on disk (one equal
to what ingest would write, or that reads back as the question file it renders to, is
ingest's; anything else is a hand edit). All content is built in memory first; the new
folder is then made beside the old one and swapped in (:mod:`generator.atomic`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..atomic import os_error, replace_folder, write_new_file
from ..errors import ManifestError, QuestionFileError
from ..questionfile import parse_question, render_question
from ..safety import question_file_problem

MANIFEST = ".ingest-manifest.json"
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def digest(text: str) -> str:
    """SHA-256 of a file's text as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class WritePlan:
    """What a run will do to the output folder.

    ``recreated`` lists files the manifest knew that were deleted by hand and are written
    again; ``manifest_problem`` says why the manifest on disk was not used (None if it was).
    """

    folder: Path
    write: dict[str, str]
    delete: tuple[str, ...]
    unchanged: tuple[str, ...]
    hand_edited: tuple[str, ...]
    manifest: dict[str, str]
    recreated: tuple[str, ...] = ()
    manifest_problem: str | None = None

    @property
    def changed(self) -> int:
        """How many files the plan writes or deletes (the manifest not counted)."""
        return len(self.write) + len(self.delete)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError as exc:
        raise os_error(path, exc, "read the file") from None


def load_manifest(folder: Path) -> tuple[dict[str, str], str | None]:
    """The manifest of the last ingest into ``folder``, and why it cannot be used (or None).

    A missing manifest is a problem only when the folder already holds question files.
    A key that is not a question file's name (``../x``, ``a/b.md``) is a ManifestError:
    such a manifest was not written by ingest, and no file outside the folder is touched.
    """
    path = folder / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        has_files = folder.is_dir() and any(folder.glob("*.md"))
        return {}, ("is missing" if has_files else None)
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"cannot be read ({getattr(exc, 'strerror', None) or exc})"
    try:
        data = json.loads(text)
    except ValueError as exc:
        return {}, f"is not valid JSON ({exc})"
    if not isinstance(data, dict):
        return {}, "is not a JSON object of file names and SHA-256 digests"
    for key in data:
        problem = question_file_problem(key)
        if problem:
            line = next(
                (i for i, row in enumerate(text.splitlines(), 1) if json.dumps(key) in row), 0
            )
            raise ManifestError(
                str(path), line, f"{problem}; delete the manifest and ingest rebuilds it"
            )
    if not all(isinstance(v, str) and _HEX_DIGEST.fullmatch(v) for v in data.values()):
        return {}, "does not match its format (SHA-256 digests)"
    return dict(data), None


def read_manifest(folder: Path) -> dict[str, str]:
    """The usable manifest of the last ingest into ``folder`` (empty when there is none)."""
    return load_manifest(folder)[0]


def _reads_back(text: str, name: str) -> bool:
    """Whether ``text`` is exactly what ingest renders for the question file it parses to."""
    try:
        return render_question(parse_question(text, name)) == text
    except QuestionFileError:
        return False


def plan_writes(folder: Path, files: dict[str, str]) -> WritePlan:
    """Compare wanted ``files`` (name -> text) with the folder and its manifest.

    Every wanted name must be a question file's name (``<slug>.md``).
    """
    for name in files:
        problem = question_file_problem(name)
        if problem:
            raise ManifestError(str(folder / MANIFEST), 0, f"refusing to write {problem}")
    manifest, problem = load_manifest(folder)
    on_disk = {p.name: _read(p) for p in sorted(folder.glob("*.md")) if p.is_file()}
    if problem is not None:  # rebuild: what ingest would write, or reads back, is ingest's
        manifest = {
            name: digest(text)
            for name, text in on_disk.items()
            if files.get(name) == text or _reads_back(text, name)
        }
    write: dict[str, str] = {}
    unchanged: list[str] = []
    hand_edited: list[str] = []
    recreated: list[str] = []
    new_manifest: dict[str, str] = {}
    for name in sorted(files):
        text = files[name]
        current = on_disk.get(name)
        if current is None:
            write[name] = text
            new_manifest[name] = digest(text)
            if name in manifest:
                recreated.append(name)
        elif current == text:
            unchanged.append(name)
            new_manifest[name] = digest(text)
        elif manifest.get(name) != digest(current):
            hand_edited.append(name)
            if name in manifest:
                new_manifest[name] = manifest[name]
        else:
            write[name] = text
            new_manifest[name] = digest(text)
    delete: list[str] = []
    for name in sorted(set(manifest) - set(files)):
        current = on_disk.get(name)
        if current is None:
            continue
        if digest(current) == manifest[name]:
            delete.append(name)
        else:
            hand_edited.append(name)
            new_manifest[name] = manifest[name]
    return WritePlan(
        folder,
        write,
        tuple(delete),
        tuple(unchanged),
        tuple(sorted(hand_edited)),
        new_manifest,
        tuple(recreated),
        problem,
    )


def manifest_text(manifest: dict[str, str]) -> str:
    """The manifest file's text: sorted JSON, one entry a line."""
    return json.dumps(manifest, indent=1, sort_keys=True) + "\n"


def apply_plan(plan: WritePlan) -> None:
    """Carry out a plan all or nothing (hold the folder's lock, :func:`atomic.folder_lock`).

    Nothing happens when nothing changed. Otherwise a new folder is made beside the old
    one (unchanged and unknown files hard-linked, changed ones written, the manifest
    last) and swapped in by renames: a failure or a kill at any point leaves the old
    folder or the new one, never a mix.
    """
    manifest = manifest_text(plan.manifest)
    current = plan.folder / MANIFEST
    try:
        same_manifest = current.is_file() and current.read_text(encoding="utf-8") == manifest
    except (OSError, UnicodeDecodeError):
        same_manifest = False
    if not plan.changed and same_manifest and plan.folder.is_dir():
        return
    replaced = set(plan.write) | set(plan.delete) | {MANIFEST}

    def fill(new: Path) -> None:
        for name, text in plan.write.items():
            write_new_file(new / name, text.encode("utf-8"))
        write_new_file(new / MANIFEST, manifest.encode("utf-8"))

    replace_folder(plan.folder, fill, keep=lambda name: name not in replaced)
