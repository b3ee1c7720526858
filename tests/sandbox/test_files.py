"""Download File By Id: bodies, headers, missing files and download by record URL."""

from __future__ import annotations

import httpx
import pytest

from mgbi.sandbox.store import extra_record_id

RDF = "/v1/models/pl-krs-rdf-record"
RDF_ID = "6837b95bbc6524d69fbe8976"


@pytest.mark.parametrize(
    ("file_key", "content_type", "extension"),
    [
        ("main_document_uri", "application/pdf", "pdf"),
        ("main_document_uri:pdf", "application/pdf", "pdf"),
        ("main_document_uri:html", "text/html; charset=utf-8", "html"),
        ("main_document", "application/pdf", "pdf"),
    ],
)
def test_download_file_variants(
    client: httpx.Client, file_key: str, content_type: str, extension: str
) -> None:
    response = client.get(f"{RDF}/records/{RDF_ID}/files/{file_key}")
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert int(response.headers["content-length"]) == len(response.content)
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="')
    assert disposition.endswith(f'.{extension}"')
    if extension == "pdf":
        assert response.content.startswith(b"%PDF-1.4")
        assert response.content.rstrip().endswith(b"%%EOF")
    else:
        assert b"<!DOCTYPE html>" in response.content


def test_download_pdf_xref_offsets_valid(client: httpx.Client) -> None:
    pdf = client.get(f"{RDF}/records/{RDF_ID}/files/main_document_uri").content
    startxref = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[startxref:].startswith(b"xref")
    entries = pdf[startxref:].split(b"\n")[3:8]
    for number, entry in enumerate(entries, start=1):
        offset = int(entry.split()[0])
        assert pdf[offset:].startswith(f"{number} 0 obj".encode())


@pytest.mark.parametrize(
    ("path", "location"),
    [
        (f"{RDF}/records/{RDF_ID}/files/no-such-key", ["path", "file_key"]),
        (
            f"{RDF}/records/0123456789abcdef01234567/files/main_document_uri",
            ["path", "id"],
        ),
        (
            "/v1/models/pl-wpv-record/records/6763d42c2caaffca8ec9b10b/files/main_document_uri",
            ["path"],
        ),
    ],
    ids=["unknown-key", "unknown-record", "model-without-files"],
)
def test_download_missing_404(
    client: httpx.Client, path: str, location: list[str]
) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["details"][0]["loc"] == location


def test_download_malformed_id_400(client: httpx.Client) -> None:
    response = client.get(f"{RDF}/records/xyz/files/main_document_uri")
    assert response.status_code == 400
    assert response.json()["details"][0]["msg"] == "Invalid objectid"


@pytest.mark.parametrize(
    ("model", "record_id"),
    [
        ("pl-krs-wp-record", "666a1c0ede79c75a8d727e72"),
        ("pl-msig-record", "67656271cd4b653a73ba6e99"),
        ("pl-krs-rdf-record", extra_record_id(2, 3)),
    ],
)
def test_download_by_record_url(
    client: httpx.Client, model: str, record_id: str
) -> None:
    record = client.get(f"/v1/models/{model}/records/{record_id}").json()
    for variant in record["files"]["main_document"].values():
        response = client.get(variant["url"])
        assert response.status_code == 200, variant["url"]
        assert response.headers["content-type"].startswith(variant["content_type"])
