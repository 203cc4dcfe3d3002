"""Writing results without ever leaving a half-written file or clobbering what the user had."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import OutputError

__all__ = ["write_atomic"]

# Files get the permissions the user's umask gives new files (mkstemp alone would make them private).
_UMASK = os.umask(0o022)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK


def write_atomic(
    path: Path,
    content: str | bytes,
    *,
    overwrite: bool,
    protected: frozenset[Path] = frozenset(),
    before_replace: Callable[[str], None] | None = None,
) -> str:
    """Write via a temp file in the same folder, fsync, then rename: readers see the old file or the new one.

    Returns the sha256 of what was written, so a batch can tell its own files from the user's later;
    `before_replace` gets it before the rename, so a record of it survives a kill at any moment."""
    try:
        target = path.resolve()
        exists = target.exists()
    except OSError as exc:  # a name too long for the file system, a loop of links …
        raise OutputError(f"{path}: cannot write there ({exc.strerror or exc})") from None
    if target in protected:
        raise OutputError(f"{path}: refusing to write over an input file; choose another output path")
    if exists and not overwrite:
        raise OutputError(f"{path}: already exists; pass --overwrite to replace it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror})") from None
    try:
        data = content.encode("utf-8") if isinstance(content, str) else content
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), _FILE_MODE)
            os.fsync(handle.fileno())
        digest = hashlib.sha256(data).hexdigest()
        if before_replace is not None:
            before_replace(digest)
        os.replace(tmp, target)
        return digest
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write there ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
