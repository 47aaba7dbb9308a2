"""Write question files: only what changed, never over a hand edit, never half-written.

Ingest records the SHA-256 of every file it wrote in a manifest inside the output
folder. On the next run a file whose content no longer matches its manifest entry
was edited by hand: it is kept and reported, not overwritten. All content is built
in memory first; files are then written to temporary names and renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".ingest-manifest.json"


def digest(text: str) -> str:
    """SHA-256 of a file's text as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class WritePlan:
    """What a run will do to the output folder."""

    folder: Path
    write: dict[str, str]
    delete: tuple[str, ...]
    unchanged: tuple[str, ...]
    hand_edited: tuple[str, ...]
    manifest: dict[str, str]

    @property
    def changed(self) -> int:
        """How many files the plan writes or deletes (the manifest not counted)."""
        return len(self.write) + len(self.delete)


def read_manifest(folder: Path) -> dict[str, str]:
    """The manifest of the last ingest into ``folder`` (empty when there is none or it is unreadable)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def plan_writes(folder: Path, files: dict[str, str]) -> WritePlan:
    """Compare wanted ``files`` (name -> text) with the folder and its manifest."""
    manifest = read_manifest(folder)
    write: dict[str, str] = {}
    unchanged: list[str] = []
    hand_edited: list[str] = []
    new_manifest: dict[str, str] = {}
    for name in sorted(files):
        text = files[name]
        path = folder / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current is None:
            write[name] = text
            new_manifest[name] = digest(text)
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
        path = folder / name
        if not path.is_file():
            continue
        if digest(path.read_text(encoding="utf-8")) == manifest[name]:
            delete.append(name)
        else:
            hand_edited.append(name)
            new_manifest[name] = manifest[name]
    return WritePlan(
        folder, write, tuple(delete), tuple(unchanged), tuple(sorted(hand_edited)), new_manifest
    )


def _umask() -> int:
    """The process's umask (read by setting it, then putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _atomic_write(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        # mkstemp makes the file private (0600); give it the mode a plain open() would, so
        # a web server running as another user can read what the build wrote
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` atomically unless it already holds exactly that; True if written."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, text)
    return True


def apply_plan(plan: WritePlan) -> None:
    """Carry out a plan: stage every new file first, then rename them all into place.

    Staged files are named ``.<name>.tmp`` beside their target (a leftover from an
    interrupted run is simply overwritten); a failure while staging removes them all
    and leaves the folder as it was.
    """
    plan.folder.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, text in plan.write.items():
            temp = plan.folder / f".{name}.tmp"
            with open(temp, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
            staged.append((name, temp))
    except BaseException:
        for _, temp in staged:
            temp.unlink(missing_ok=True)
        raise
    for name, temp in staged:
        os.replace(temp, plan.folder / name)
    for name in plan.delete:
        (plan.folder / name).unlink(missing_ok=True)
    manifest = json.dumps(plan.manifest, indent=1, sort_keys=True) + "\n"
    write_if_changed(plan.folder / MANIFEST, manifest)
