"""StreamDecoder: every documented body shape, fed in chunks of any size."""

import json
import random
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ijson
import pytest

from mgbi import _stream_decoder
from mgbi._stream_decoder import StreamDecoder

DATA = Path(__file__).parent / "data"

Splitter = Callable[[bytes], list[bytes]]


def split_whole(body: bytes) -> list[bytes]:
    return [body]


def split_one_byte(body: bytes) -> list[bytes]:
    return [body[i : i + 1] for i in range(len(body))]


def split_random(seed: int, max_size: int = 64) -> Splitter:
    def split(body: bytes) -> list[bytes]:
        rng = random.Random(seed)
        chunks = []
        start = 0
        while start < len(body):
            size = rng.randint(1, max_size)
            chunks.append(body[start : start + size])
            start += size
        return chunks

    return split


SPLITTERS = [
    pytest.param(split_whole, id="whole"),
    pytest.param(split_one_byte, id="one-byte"),
    pytest.param(split_random(1), id="random-seed-1"),
    pytest.param(split_random(2), id="random-seed-2"),
    pytest.param(split_random(3, max_size=7), id="random-small-seed-3"),
]


def decode(body: bytes, split: Splitter = split_whole) -> list[dict[str, Any]]:
    decoder = StreamDecoder()
    records = []
    for chunk in split(body):
        records.extend(decoder.feed(chunk))
    records.extend(decoder.close())
    return records


def with_id_key(record: dict[str, Any]) -> dict[str, Any]:
    """Return the record as the decoder should return it, with ``_id`` as ``id``."""
    renamed = dict(record)
    if "_id" in renamed and "id" not in renamed:
        renamed["id"] = renamed.pop("_id")
    return renamed


def load_example(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


KRZ_RECORD = load_example("krz-wp-record.stream.json")[0]
CRBR_RECORD = load_example("crbr-wp-record.stream.json")
WPV_RECORD = load_example("wpv-record.stream.json")["results"][0]


@pytest.fixture(params=["direct", "public"])
def pipeline(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with the direct C pipeline and with ijson's public items_coro."""
    if request.param == "direct" and not _stream_decoder._use_direct_pipeline:
        pytest.skip("the direct C pipeline is not available with this ijson")
    monkeypatch.setattr(
        _stream_decoder, "_use_direct_pipeline", request.param == "direct"
    )
    return str(request.param)


def test_pipeline_direct_with_c_backend() -> None:
    if ijson.backend != "yajl2_c":
        pytest.skip(f"ijson uses the {ijson.backend} backend, not yajl2_c")
    assert _stream_decoder._use_direct_pipeline is True


@pytest.mark.parametrize(
    ("file_name", "expected_ids", "source_records"),
    [
        (
            "krz-wp-record.stream.json",
            ["67a0bfd5f32c0bce53b75cb7"],
            [KRZ_RECORD],
        ),
        (
            "crbr-wp-record.stream.json",
            ["67769232d29f87342811bc07"],
            [CRBR_RECORD],
        ),
        (
            "wpv-record.stream.json",
            ["6768477e8ef13a3a7ef927f1"],
            [WPV_RECORD],
        ),
    ],
    ids=["array", "single-object", "results-wrapper"],
)
@pytest.mark.parametrize("split", SPLITTERS)
def test_decoder_example_files(
    pipeline: str,
    file_name: str,
    expected_ids: list[str],
    source_records: list[dict[str, Any]],
    split: Splitter,
) -> None:
    records = decode((DATA / file_name).read_bytes(), split)

    assert [record["id"] for record in records] == expected_ids
    assert all("_id" not in record for record in records)
    assert records == [with_id_key(record) for record in source_records]


def test_decoder_keeps_key_order_on_rename() -> None:
    records = decode((DATA / "krz-wp-record.stream.json").read_bytes())

    assert list(records[0]) == ["id", "content"]


NDJSON_RECORDS = [KRZ_RECORD, CRBR_RECORD, WPV_RECORD]


@pytest.mark.parametrize(
    "separator",
    [b"\n", b"\r\n", b" ", b"", b"\n\n\t  \n"],
    ids=["newline", "crlf", "space", "none", "blank-lines"],
)
@pytest.mark.parametrize("split", SPLITTERS)
def test_decoder_ndjson(pipeline: str, separator: bytes, split: Splitter) -> None:
    lines = [
        json.dumps(record, ensure_ascii=False).encode() for record in NDJSON_RECORDS
    ]
    body = separator.join(lines) + separator

    records = decode(body, split)

    assert records == [with_id_key(record) for record in NDJSON_RECORDS]


def test_decoder_ndjson_of_pretty_printed_objects() -> None:
    text = (DATA / "crbr-wp-record.stream.json").read_bytes()

    records = decode(text + b"\n" + text, split_random(4))

    assert records == [with_id_key(CRBR_RECORD)] * 2


@pytest.mark.parametrize(
    "body",
    [
        b'[{"_id": "a"}, {"id": "b"}, {"_id": "c", "id": "d"}]',
        b'{"_id": "a"}\n{"id": "b"}\n{"_id": "c", "id": "d"}\n',
        b'{"results": [{"_id": "a"}, {"id": "b"}, {"_id": "c", "id": "d"}]}',
    ],
    ids=["array", "ndjson", "results-wrapper"],
)
@pytest.mark.parametrize("split", SPLITTERS)
def test_decoder_mixed_id_keys(body: bytes, split: Splitter) -> None:
    records = decode(body, split)

    assert records[0] == {"id": "a"}
    assert records[1] == {"id": "b"}
    assert records[2] == {"_id": "c", "id": "d"}
    assert len(records) == 3


def test_decoder_renames_only_top_level_id() -> None:
    body = b'[{"a": 1, "_id": "x", "content": {"_id": "nested"}}]'

    [record] = decode(body)

    assert list(record) == ["a", "id", "content"]
    assert record["content"] == {"_id": "nested"}


@pytest.mark.parametrize(
    "body",
    [
        b'{"count": 2, "results": [{"_id": "a"}, {"_id": "b"}]}',
        b'{"results": [{"_id": "a"}, {"_id": "b"}], "count": 2}',
        b'{"count": 2, "next": null, "results": [{"_id": "a"}, {"_id": "b"}],'
        b' "meta": {"results": [{"_id": "z"}]}, "tags": ["x"], "count2": 2.5}',
        b'\n  {"results": [{"_id": "a"}, {"_id": "b"}]}\n',
    ],
    ids=["count-before", "count-after", "other-members-around", "whitespace-around"],
)
@pytest.mark.parametrize("split", SPLITTERS)
def test_decoder_results_wrapper(pipeline: str, body: bytes, split: Splitter) -> None:
    records = decode(body, split)

    assert records == [{"id": "a"}, {"id": "b"}]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b" ",
        b"\n\r\t \n",
        b"[]",
        b" [ ]\n",
        b'{"results": []}',
        b'{"count": 0, "results": [], "next": null}',
    ],
    ids=[
        "empty-body",
        "space",
        "whitespace",
        "empty-array",
        "empty-array-with-whitespace",
        "empty-results",
        "empty-results-with-count",
    ],
)
@pytest.mark.parametrize("split", SPLITTERS)
def test_decoder_no_records(body: bytes, split: Splitter) -> None:
    assert decode(body, split) == []


def test_decoder_close_without_feed() -> None:
    assert StreamDecoder().close() == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b"[1]",
            r"record 1 of the stream body \(read as a JSON array of records\) "
            "is a JSON number",
        ),
        (b'[{"_id": "a"}, "text"]', "record 2 .* is a JSON string"),
        (b'[[{"_id": "a"}]]', "record 1 .* is a JSON array"),
        (b"[null]", "record 1 .* is a JSON null"),
        (b"[true]", "record 1 .* is a JSON boolean"),
        (b"5", r"starts with a JSON number \(5\)"),
        (b' "text" ', "starts with a JSON string"),
        (b"null", "starts with a JSON null"),
        (b"false", "starts with a JSON boolean"),
        (b'{"_id": "a"}\n7', "record 2 .* is a JSON number"),
        (b'{"_id": "a"}\n[{"_id": "b"}]', "record 2 .* is a JSON array"),
        (b'{"results": [1]}', "record 1 .* is a JSON number"),
        (b'{"results": [[{"_id": "a"}]]}', "record 1 .* is a JSON array"),
        (b'{"_id": "a"}\n{"results": []}', "value 2 .* is a results wrapper"),
    ],
    ids=[
        "number-in-array",
        "string-in-array",
        "nested-array",
        "null-in-array",
        "boolean-in-array",
        "top-level-number",
        "top-level-string",
        "top-level-null",
        "top-level-boolean",
        "number-after-record",
        "array-after-record",
        "number-in-results",
        "array-in-results",
        "wrapper-after-record",
    ],
)
@pytest.mark.parametrize(
    "split", [split_whole, split_one_byte], ids=["whole", "one-byte"]
)
def test_decoder_non_object_record_raises(
    body: bytes, message: str, split: Splitter
) -> None:
    with pytest.raises(ValueError, match=message):
        decode(body, split)


@pytest.mark.parametrize(
    "body",
    [
        b'[{"_id": "a"}, ]',
        b"{,}",
        b'[{"_id": "a"} {"_id": "b"}]',
        b'[{"_id": "a"}] x',
        b'[{"_id": "a"}]\n[{"_id": "b"}]',
        b'{"results": []}\n{"results": []}',
        b'{"results": [{"_id": "a"}]}\n{"_id": "b"}',
        b'{"_id": "a"},\n{"_id": "b"}',
        b'[{"name": "\xff"}]',
        b"[{'_id': 'a'}]",
        b"\xef\xbb\xbf[]",
    ],
    ids=[
        "trailing-comma",
        "comma-in-object",
        "missing-comma",
        "garbage-after-array",
        "second-array",
        "second-wrapper",
        "record-after-wrapper",
        "comma-between-lines",
        "invalid-utf8",
        "single-quotes",
        "byte-order-mark",
    ],
)
@pytest.mark.parametrize(
    "split", [split_whole, split_one_byte], ids=["whole", "one-byte"]
)
def test_decoder_malformed_json_raises(body: bytes, split: Splitter) -> None:
    with pytest.raises(ValueError, match="invalid JSON in the stream body"):
        decode(body, split)


def test_decoder_error_message_names_problem() -> None:
    body = b'[{"_id": "a"}, {"_id": "b"}] x'

    with pytest.raises(ValueError) as info:
        decode(body)

    message = str(info.value)
    assert "read as a JSON array of records" in message
    assert "after 2 records, within its first 30 bytes" in message
    assert "trailing garbage" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "file_name",
    [
        "krz-wp-record.stream.json",
        "crbr-wp-record.stream.json",
        "wpv-record.stream.json",
    ],
    ids=["array", "single-object", "results-wrapper"],
)
def test_decoder_truncated_example_raises(file_name: str) -> None:
    body = (DATA / file_name).read_bytes().rstrip()

    for cut in range(1, len(body)):
        split = split_one_byte if cut % 97 == 0 else split_whole
        with pytest.raises(ValueError, match="ended inside a JSON value") as info:
            decode(body[:cut], split)
        assert "retry the request" in str(info.value), f"cut at byte {cut}"


def record_bytes(record_id: str) -> bytes:
    return json.dumps(
        {"_id": record_id, "nazwa": "Spółka"}, ensure_ascii=False
    ).encode()


@pytest.mark.parametrize(
    ("body", "records_before_cut", "records_text"),
    [
        (
            b"[" + record_bytes("a") + b", " + record_bytes("b")[:5],
            1,
            "1 record",
        ),
        (
            b"[" + record_bytes("a") + b", " + record_bytes("b") + b", ",
            2,
            "2 records",
        ),
        (
            b'{"results": [' + record_bytes("a") + b", " + record_bytes("b"),
            2,
            "2 records",
        ),
        (
            record_bytes("a") + b"\n" + record_bytes("b")[:-1],
            1,
            "1 record",
        ),
        (record_bytes("a")[:-3], 0, "0 records"),
    ],
    ids=[
        "array-in-record",
        "array-after-comma",
        "wrapper-before-end",
        "ndjson",
        "first",
    ],
)
def test_decoder_truncation_counts_records(
    body: bytes, records_before_cut: int, records_text: str
) -> None:
    decoder = StreamDecoder()
    records = decoder.feed(body)

    with pytest.raises(
        ValueError, match=f"after {len(body)} bytes and {records_text}:"
    ):
        decoder.close()
    assert len(records) == records_before_cut


def test_decoder_feed_returns_records_when_complete() -> None:
    decoder = StreamDecoder()

    assert decoder.feed(b'[{"_id": "a"}, ') == [{"id": "a"}]
    assert decoder.feed(b'{"_id": "b"') == []
    assert decoder.feed(b"}, {") == [{"id": "b"}]
    assert decoder.feed(b'"_id": "c"}]') == [{"id": "c"}]
    assert decoder.close() == []


def test_decoder_feed_empty_chunk_mid_body() -> None:
    decoder = StreamDecoder()

    first = decoder.feed(b'[{"_id": "a"}')
    middle = decoder.feed(b"")
    last = decoder.feed(b"]")

    assert first + middle + last == [{"id": "a"}]
    assert decoder.close() == []


POLISH_BODY = json.dumps(
    [
        {
            "_id": "żółw-1",
            "pelnaNazwa": "PRZYKŁADOWA SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ",
            "miejscowosc": "Łódź",
            "kwota": 1234567.89,
            "liczba": 987654321,
        }
    ],
    ensure_ascii=False,
).encode()


def test_decoder_polish_text_split_anywhere() -> None:
    expected = [with_id_key(record) for record in json.loads(POLISH_BODY)]

    for cut in range(1, len(POLISH_BODY)):
        decoder = StreamDecoder()
        records = decoder.feed(POLISH_BODY[:cut])
        records += decoder.feed(POLISH_BODY[cut:])
        records += decoder.close()
        assert records == expected, f"split at byte {cut}"


@pytest.mark.parametrize(
    ("text", "expected", "expected_type"),
    [
        ("12", 12, int),
        ("-7", -7, int),
        ("0", 0, int),
        ("9223372036854775807", 9223372036854775807, int),
        ("1.5", 1.5, float),
        ("-0.25", -0.25, float),
        ("2e3", 2000.0, float),
        ("1E-2", 0.01, float),
    ],
    ids=[
        "int",
        "negative-int",
        "zero",
        "max-int64",
        "float",
        "negative-float",
        "exponent",
        "negative-exponent",
    ],
)
def test_decoder_numbers_are_int_or_float(
    text: str, expected: float, expected_type: type
) -> None:
    [record] = decode(f'[{{"_id": "a", "n": {text}}}]'.encode())

    assert record["n"] == expected
    assert type(record["n"]) is expected_type


def test_decoder_integer_beyond_int64_raises() -> None:
    # Known limit of ijson's use_float mode, which the decoder uses for speed.
    with pytest.raises(ValueError, match="integer overflow"):
        decode(b'[{"_id": "a", "n": 9223372036854775808}]')


def test_decoder_feed_after_close_raises() -> None:
    decoder = StreamDecoder()
    decoder.close()

    with pytest.raises(RuntimeError, match="closed or failed"):
        decoder.feed(b"[]")


def test_decoder_feed_after_error_raises() -> None:
    decoder = StreamDecoder()
    with pytest.raises(ValueError):
        decoder.feed(b"[1]")

    with pytest.raises(RuntimeError, match="closed or failed"):
        decoder.feed(b"]")
    with pytest.raises(RuntimeError, match="closed or failed"):
        decoder.close()


def test_decoder_feed_str_raises() -> None:
    with pytest.raises(TypeError, match="takes bytes, got str"):
        StreamDecoder().feed("[]")  # type: ignore[arg-type]


ID_PLACEHOLDER = b"X" * 24


def template_records() -> list[bytes]:
    """Return the example records, compact, with a fixed-width id placeholder."""
    templates = []
    for record in NDJSON_RECORDS:
        placeholder = dict(record, _id=ID_PLACEHOLDER.decode())
        placeholder.pop("id", None)
        templates.append(json.dumps(placeholder, ensure_ascii=False).encode())
    return templates


# A record as large as the example records (1.1 kB, they are 0.6 to 1.5 kB) but
# with fewer values, because tracemalloc traces every allocation: with 100,000 of the
# richer example records this test took 14 s instead of 5 s in one measurement.
MEMORY_TEST_TEMPLATE = json.dumps(
    {
        "_id": ID_PLACEHOLDER.decode(),
        "meta": {
            "first_update_datetime": "2025-01-02T13:18:38.371000",
            "last_update_datetime": "2025-01-02T13:18:38.371000",
        },
        "content": {
            "raw_result": {
                "nip": "5559797114",
                "krs": "0000654321",
                "pelnaNazwa": "PRZYKŁADOWA SPÓŁKA AKCYJNA",
                "opis": "Zażółć gęślą jaźń. " * 30,
            }
        },
    },
    ensure_ascii=False,
).encode()


def array_body_chunks(
    count: int, templates: list[bytes], chunk_size: int = 64 * 1024
) -> Iterator[bytes]:
    """Yield a JSON array body of ``count`` records without holding it whole."""
    buffer = bytearray(b"[")
    for index in range(count):
        if index:
            buffer += b","
        record_id = b"%024x" % index
        template = templates[index % len(templates)]
        buffer += template.replace(ID_PLACEHOLDER, record_id)
        if len(buffer) >= chunk_size:
            yield bytes(buffer)
            buffer.clear()
    buffer += b"]"
    yield bytes(buffer)


@pytest.mark.parametrize(
    "seed",
    [11, 12, 13],
    ids=["seed-11", "seed-12", "seed-13"],
)
def test_decoder_large_body_random_chunks(pipeline: str, seed: int) -> None:
    body = b"".join(array_body_chunks(300, template_records()))

    records = decode(body, split_random(seed, max_size=5000))

    assert [record["id"] for record in records] == [f"{i:024x}" for i in range(300)]
    assert records[1]["content"] == CRBR_RECORD["content"]


def test_decoder_memory_stays_below_body_size() -> None:
    record_count = 100_000
    max_peak_bytes = 4 * 1024 * 1024
    decoder = StreamDecoder()
    decoded = 0
    body_size = 0

    tracemalloc.start()
    try:
        for chunk in array_body_chunks(record_count, [MEMORY_TEST_TEMPLATE]):
            body_size += len(chunk)
            decoded += len(decoder.feed(chunk))
        decoded += len(decoder.close())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert decoded == record_count
    assert body_size > 20 * max_peak_bytes
    assert peak < max_peak_bytes, f"peak {peak} bytes for a {body_size}-byte body"
