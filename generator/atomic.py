"""All-or-nothing output: a lock per output folder, and a folder replaced by renames.

A run takes the folder's lock (``.<name>.lock`` beside it, holding the owner's pid; the
kernel drops it when the owner dies, even by ``kill -9``), builds the new folder beside
the old one under a unique name, then swaps it in with two renames::

    <name>  ->  .<name>.previous      (the old folder, kept until the swap completes)
    .<name>.new-<pid>-<random>  ->  <name>

A run killed at any point leaves either the old or the new folder. The next run, once
it holds the lock, puts ``.previous`` back if the swap stopped halfway, removes it if
the swap completed, and removes temporaries left by runs that died.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import BusyError, OutputError

LOCK_WAIT_SECONDS = 120.0
_POLL_SECONDS = 0.1
# Tests set this to a checkpoint's name to have the process kill itself there (kill -9).
CRASH_HOOK = "STUDYGUIDE_TEST_CRASH_AT"


def checkpoint(name: str) -> None:
    """Die at once (SIGKILL) when the crash-test hook names this point; otherwise nothing."""
    if os.environ.get(CRASH_HOOK) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def lock_path(folder: Path) -> Path:
    """The lock file of ``folder``: hidden, beside it."""
    return folder.with_name(f".{folder.name}.lock")


def previous_path(folder: Path) -> Path:
    """Where the old ``folder`` waits while the new one is swapped in."""
    return folder.with_name(f".{folder.name}.previous")


def _new_prefix(folder: Path) -> str:
    return f".{folder.name}.new-"


def os_error(path: Path | str, exc: OSError, doing: str) -> OutputError:
    """A one-line error for an OS failure (read-only, disk full, permission) at ``path``."""
    where = exc.filename if isinstance(exc.filename, str) else str(path)
    reason = exc.strerror or str(exc)
    return OutputError(where, 0, f"cannot {doing}: {reason}")


def _owner(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return "another process"
    return f"process {pid}" if pid.isdigit() else "another process"


@contextmanager
def folder_lock(folder: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold ``folder``'s lock for the block; wait up to ``wait`` seconds for another owner.

    BusyError names the owner's pid when the wait runs out; OutputError when the lock
    file cannot be made at all (a read-only parent folder, say).
    """
    path = lock_path(folder)
    deadline = time.monotonic() + wait
    created = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(path.parent, exc, "create the output folder") from None
    while True:
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise os_error(path, exc, "create the lock file") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(handle)
            if time.monotonic() >= deadline:
                raise BusyError(
                    str(folder),
                    0,
                    f"another ingest ({_owner(path)}) is writing this folder; "
                    f"gave up after waiting {wait:.0f}s (its lock: {path})",
                ) from None
            time.sleep(_POLL_SECONDS)
            continue
        # The previous owner may have removed the file between our open and our lock:
        # then we hold a lock on a deleted file, and must start again.
        try:
            same = os.fstat(handle).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            os.close(handle)
            continue
        break
    try:
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        try:
            path.unlink(missing_ok=True)
        finally:
            os.close(handle)
        for made in created:  # folders made only for the lock go again if nothing was written
            try:
                made.rmdir()
            except OSError:
                break


def recover(folder: Path) -> list[str]:
    """Finish or undo a swap a dead run left, and remove its temporaries (hold the lock).

    Returns one line per thing done, for the caller to report.
    """
    done: list[str] = []
    previous = previous_path(folder)
    try:
        if previous.is_dir():
            if folder.is_dir():
                shutil.rmtree(previous)
                done.append(
                    f"removed {previous} left by an interrupted run (its swap had finished)"
                )
            else:
                os.replace(previous, folder)
                done.append(f"restored {folder} from {previous} (a run stopped mid-swap)")
        if folder.parent.is_dir():
            for stale in sorted(folder.parent.glob(_new_prefix(folder) + "*")):
                shutil.rmtree(stale, ignore_errors=True) if stale.is_dir() else stale.unlink()
                done.append(f"removed {stale} left by an interrupted run")
        if folder.is_dir():  # staged files of older versions of ingest: .<name>.tmp
            for stale in sorted(folder.glob(".*.tmp")):
                stale.unlink(missing_ok=True)
                done.append(f"removed {stale} left by an interrupted run")
    except OSError as exc:
        raise os_error(folder, exc, "clean up after an interrupted run") from None
    return done


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def replace_folder(
    folder: Path,
    fill: Callable[[Path], None],
    keep: Callable[[str], bool],
) -> None:
    """Replace ``folder`` by a new one: entries of the old for which ``keep(name)`` holds,
    plus whatever ``fill(new_folder)`` writes; swapped in by renames (hold the lock).

    Kept files are hard links (copies across file systems), so nothing old is rewritten.
    On any OS error the new folder is removed, the old one stays, and OutputError says why.
    """
    parent = folder.parent
    new = parent / f"{_new_prefix(folder)}{os.getpid()}-{secrets.token_hex(4)}"
    previous = previous_path(folder)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        new.mkdir()
        if folder.is_dir():
            for entry in sorted(folder.iterdir()):
                if not keep(entry.name):
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.copytree(entry, new / entry.name, copy_function=_link_or_copy)
                else:
                    _link_or_copy(entry, new / entry.name)
        checkpoint("staged-old")
        fill(new)
        checkpoint("staged")
        if folder.is_dir():
            os.replace(folder, previous)
            checkpoint("old-moved")
        os.replace(new, folder)
        checkpoint("swapped")
    except OSError as exc:
        shutil.rmtree(new, ignore_errors=True)
        if previous.is_dir() and not folder.exists():
            os.replace(previous, folder)
        raise os_error(folder, exc, "write the output folder") from None
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        if previous.is_dir() and not folder.exists():
            os.replace(previous, folder)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in a folder being filled (no temporary: the folder is
    swapped in whole, :func:`replace_folder`), mode 0666 less the umask as ``open`` gives.

    With the OS's calls only: a folder of 50,000 question files is written about a
    third faster than through Python's text files.
    """
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
    finally:
        os.close(handle)


def write_text(path: Path, text: str | bytes) -> None:
    """Write ``text`` (or bytes) to ``path`` through a unique temporary file and a rename
    (mode 0644 less the umask); on any failure the temporary is removed and ``path`` is
    untouched.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise os_error(path, exc, "write the file") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise os_error(path, exc, "write the file") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: str | bytes) -> bool:
    """Write ``data`` to ``path`` atomically unless it already holds exactly that; True if written.

    Text is written as UTF-8. OS failures (read-only, disk full, permission) raise
    OutputError naming the path, and leave no partial file.
    """
    wanted = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.is_file() and path.read_bytes() == wanted:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(path, exc, "write the file") from None
    write_text(path, wanted)
    return True


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
