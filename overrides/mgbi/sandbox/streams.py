"""Stream Records bodies, produced record by record.

The documented examples disagree on the body shape, so each model keeps the shape of
its own example: pl-krz-wp-record sends a JSON array with `_id` keys,
pl-crbr-wp-record a single object with `_id` when exactly one record matches (an array
otherwise), pl-wpv-record `{"results": [...]}` with `id` keys, and every other model a
JSON array with `id` keys. `media_type=ndjson` (or `application/x-ndjson`) asks for
newline-delimited JSON. A configured shape or id key wins over all of these.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

from .config import SandboxConfig
from .errors import validation_error
from .loader import BASE_URL_TOKEN
from .store import ModelStore
from .templates import dump_json, join_record, select_fields

NDJSON_MEDIA_TYPES = ("ndjson", "application/x-ndjson")
JSON_MEDIA_TYPES = ("json", "application/json")

# Shape and id key of the documented example of each model that has one.
DOCUMENTED_FORMATS: dict[str, tuple[str, str]] = {
    "pl-krz-wp-record": ("array", "_id"),
    "pl-crbr-wp-record": ("object_if_single", "_id"),
    "pl-wpv-record": ("results", "id"),
}

CHUNK_BYTES = 64 * 1024
"""Records are sent in chunks of about this size, because fewer writes are faster."""


@dataclass(frozen=True)
class StreamFormat:
    """Body shape and id key mode of a stream.

    Shapes: `array`, `object`, `object_if_single`, `results`, `ndjson`.
    """

    shape: str
    id_mode: str

    @property
    def media_type(self) -> str:
        """Content type of the body."""
        return "application/x-ndjson" if self.shape == "ndjson" else "application/json"


def choose_format(
    model: str, media_type: str | None, config: SandboxConfig
) -> StreamFormat:
    """Return the stream format for `model`.

    Raises ApiError (400) for a media_type that is neither JSON nor NDJSON.
    """
    if (
        media_type is not None
        and media_type not in NDJSON_MEDIA_TYPES + JSON_MEDIA_TYPES
    ):
        allowed = ", ".join(NDJSON_MEDIA_TYPES + JSON_MEDIA_TYPES)
        raise validation_error(
            ("query", "media_type"), f"Unknown media_type {media_type!r}; use {allowed}"
        )

    shape, id_mode = DOCUMENTED_FORMATS.get(model, ("array", "id"))
    if media_type in NDJSON_MEDIA_TYPES:
        shape = "ndjson"
    shape = config.stream_shapes.get(model, shape)
    id_mode = config.stream_id_keys.get(model, id_mode)
    return StreamFormat(shape=shape, id_mode=id_mode)


async def stream_body(
    store: ModelStore,
    positions: Iterator[int],
    stream_format: StreamFormat,
    fields: list[str],
    base_url: str,
) -> AsyncIterator[bytes]:
    """Yield the body of a stream of the records at `positions`, chunk by chunk.

    Memory use does not grow with the number of records: positions are consumed one
    at a time and each chunk is dropped once sent.
    """
    shape = stream_format.shape
    if shape == "object_if_single":
        first_two = list(itertools.islice(positions, 2))
        shape = "object" if len(first_two) == 1 else "array"
        positions = itertools.chain(first_two, positions)
    if shape == "object":
        # A forced single object shows the first match only, and no match gives [].
        first = next(positions, None)
        if first is not None:
            yield _render(
                store, first, _id_key(stream_format.id_mode, 0), fields, base_url
            ).encode()
            return
        shape = "array"

    # Each record after the first is preceded by the separator, and every record is
    # followed by the terminator. NDJSON ends each line with a newline.
    opening, separator, terminator, closing = {
        "array": ("[", ",", "", "]"),
        "object": ("[", ",", "", "]"),
        "results": ('{"results":[', ",", "", "]}"),
        "ndjson": ("", "", "\n", ""),
    }[shape]

    pieces = [opening]
    size = len(opening)
    for number, position in enumerate(positions):
        text = _render(
            store, position, _id_key(stream_format.id_mode, number), fields, base_url
        )
        pieces.extend((separator if number else "", text, terminator))
        size += len(text) + 1
        if size >= CHUNK_BYTES:
            yield "".join(pieces).encode()
            pieces, size = [], 0

    pieces.append(closing)
    yield "".join(pieces).encode()


def _id_key(id_mode: str, number: int) -> str:
    if id_mode == "mixed":
        return "_id" if number % 2 == 0 else "id"
    return id_mode


def _render(
    store: ModelStore, position: int, id_key: str, fields: list[str], base_url: str
) -> str:
    if fields:
        selected = select_fields(store.record(position), fields)
        record_id = selected.pop("id")
        text = join_record(id_key, record_id, dump_json(selected))
    else:
        text = store.record_json(position, id_key)
    return text.replace(BASE_URL_TOKEN, base_url)
