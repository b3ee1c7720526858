"""Downloading record files to disk without ever leaving a partial file behind.

The body is written to a temporary file beside the target and renamed over it only when
the whole body arrived (``os.replace``, atomic on one file system). On any error the
temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import email.message
import os
import re
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO

import attrs
import httpx

from mgbi.errors import DecodeError, InvalidInputError

_FILE_URL = re.compile(
    r"^/v1/models/(?P<model>[a-z0-9-]+)/records/(?P<id>[0-9a-fA-F]{24})/files/(?P<key>[^/]+)$"
)


@attrs.frozen
class DownloadedFile:
    """A file saved by a download.

    Attributes:
        path: Where the file was saved.
        content_type: The response's ``Content-Type``, when sent.
        size: Bytes written.
        filename: File name from ``Content-Disposition``, when sent.
    """

    path: Path
    content_type: str | None
    size: int
    filename: str | None

    @classmethod
    def from_response(
        cls, response: httpx.Response, path: Path, size: int
    ) -> DownloadedFile:
        """Describe ``size`` bytes of ``response`` saved at ``path``."""
        return cls(
            path=path,
            content_type=response.headers.get("Content-Type"),
            size=size,
            filename=filename_from_headers(response.headers),
        )


def parse_file_url(url: str, base_url: str) -> tuple[str, str, str]:
    """Return (model id, record id, file key) of a ``files.*.*.url`` value.

    The URL must point at the client's own API host, so that the API key is never sent
    anywhere else.
    """
    parsed = httpx.URL(url)
    base = httpx.URL(base_url)
    if (parsed.scheme, parsed.host, parsed.port) != (base.scheme, base.host, base.port):
        raise InvalidInputError(
            f"file URL {url!r} is not on this client's API host {base_url!r}; "
            "the client sends its key only there"
        )
    match = _FILE_URL.match(parsed.path)
    if match is None:
        raise InvalidInputError(
            f"file URL {url!r} does not look like "
            "/v1/models/<model>/records/<id>/files/<file_key>"
        )
    return match["model"], match["id"], match["key"]


def filename_from_headers(headers: httpx.Headers) -> str | None:
    """Return the file name in ``Content-Disposition``, without any directory."""
    disposition = headers.get("Content-Disposition")
    if not disposition:
        return None
    message = email.message.Message()
    message["Content-Disposition"] = disposition
    filename = message.get_filename()
    if not filename:
        return None
    # Keep only the last path part: a server must not choose where the file goes.
    name = Path(filename.replace("\\", "/")).name
    return name if name not in ("", ".", "..") else None


def check_destination(destination: str | os.PathLike[str]) -> None:
    """Reject a destination whose folder does not exist, before anything is sent.

    A destination ending in a path separator must be an existing folder.
    """
    text = os.fspath(destination)
    path = Path(text)
    if path.is_dir():
        return
    if text.endswith(("/", os.sep)):
        raise InvalidInputError(
            f"cannot save to {text!r}: the folder does not exist; create it first"
        )
    if not path.parent.is_dir():
        raise InvalidInputError(
            f"cannot save to {text!r}: the folder {str(path.parent)!r} does not exist; "
            "create it first"
        )


def target_path(
    destination: str | os.PathLike[str], filename: str | None, fallback: str
) -> Path:
    """Return where to save: inside ``destination`` when it is a folder, else it.

    An existing file at the target is replaced.
    """
    check_destination(destination)
    path = Path(destination)
    if path.is_dir():
        return path / (filename or fallback)
    return path


def fallback_name(record_id: str, file_key: str) -> str:
    """Return a safe file name for a download whose response names no file."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", f"{record_id}-{file_key}")


def _default_file_mode() -> int:
    """Return the mode a new file gets from open(): 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# Read once at import: os.umask can only be read by setting it, which is not safe
# while other threads create files.
_FILE_MODE = _default_file_mode()


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """Yield a temporary file that replaces ``path`` if the block ends without error."""
    # The file outlives this call when the rename succeeds, so no ``with`` here.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False
    )
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            # The temporary file is private (0600); the result gets the usual mode.
            os.chmod(handle.name, _FILE_MODE)
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)
        raise


def check_size(response: httpx.Response, size: int) -> None:
    """Raise DecodeError when the body size differs from Content-Length."""
    expected = response.headers.get("Content-Length")
    if expected is None or response.headers.get("Content-Encoding"):
        return
    if expected.isdigit() and int(expected) != size:
        raise DecodeError.for_response(
            response, f"sent {size} bytes, expected {expected}"
        )


def save(
    response: httpx.Response, path: Path, chunks: Iterator[bytes]
) -> DownloadedFile:
    """Write ``chunks`` of ``response`` to ``path`` atomically; describe the result."""
    size = 0
    with atomic_writer(path) as handle:
        for chunk in chunks:
            handle.write(chunk)
            size += len(chunk)
        check_size(response, size)
    return DownloadedFile.from_response(response, path, size)


async def save_async(
    response: httpx.Response, path: Path, chunks: AsyncIterator[bytes]
) -> DownloadedFile:
    """Write ``chunks`` of ``response`` to ``path`` atomically (see ``save``)."""
    size = 0
    # NOTE: file writes block the event loop briefly; chunks are small (httpx's 64 KiB).
    with atomic_writer(path) as handle:
        async for chunk in chunks:
            handle.write(chunk)
            size += len(chunk)
        check_size(response, size)
    return DownloadedFile.from_response(response, path, size)
