"""Fixed model descriptions: projections, model info, enum values, categories."""

from __future__ import annotations

from typing import Any

from .config import FILE_MODEL_IDS
from .loader import load_example

DOCUMENT_TYPES: tuple[str, ...] = (
    "financial_statement",
    "consolidated_financial_statement",
    "resolution_on_approval",
    "management_report",
    "auditor_report",
)
"""Values of `document.type` in pl-krs-rdf-record. The first three are documented."""

STANDARDIZED_DOCUMENT_TYPES = frozenset(DOCUMENT_TYPES[:2])
"""Document types that come with standardized financial figures."""

LU_CATEGORIES: tuple[str, ...] = (
    "bankruptcy_filing",
    "bankruptcy_declaration",
    "restructuring_opening",
    "restructuring_approval",
    "proceedings_discontinued",
)
"""Notice categories of pl-mgbi-lu-record (the sandbox's own names)."""

ON_DEMAND_MODELS = frozenset(
    {"pl-krz-wp-record", "pl-wpv-record", "pl-crbr-wp-record", "pl-rdr-record"}
)

MODEL_TITLES: dict[str, str] = {
    "pl-krs-wp-record": "KRS: current and full extracts of the court register",
    "pl-krs-wp-entry": "KRS: register entries built from the full extracts",
    "pl-krs-rdf-record": "KRS financial documents repository",
    "pl-ceidg-hd-record": "CEIDG: sole traders",
    "pl-krz-wp-record": "KRZ, the national debtors register: court proceedings",
    "pl-wpv-record": "VAT taxpayers white list, with bank accounts",
    "pl-crbr-wp-record": "CRBR: beneficial owners",
    "pl-msig-record": "MSiG: court and business gazette notices",
    "pl-sudop-wpopb-record": "SUDOP: public aid received",
    "pl-bzp-record": "BZP: public procurement notices",
    "pl-rdr-record": "Regulated activity registers: licences and permits",
    "pl-idpcit-record": "CIT taxpayer data, per fiscal year",
    "pl-mgbi-lu-record": "Bankruptcy and restructuring notices from KRZ and MSiG",
}


def projections(model: str) -> dict[str, dict[str, list[str]]]:
    """Return the named projections of `model`.

    pl-krs-rdf-record uses the documented example. The other models get a `basic`
    and a `full` projection of the sandbox's own.
    """
    if model == "pl-krs-rdf-record":
        documented: dict[str, dict[str, list[str]]] = load_example(
            "krs-rdf-record.get-projections.json"
        )
        return documented

    full = ["identifiers", "version", "meta", "content"]
    if model in FILE_MODEL_IDS:
        full.append("files")
    return {
        "basic": {
            "content": ["identifiers", "version", "meta"],
            "where": ["api_search", "api_get"],
        },
        "full": {"content": full, "where": ["api_get"]},
    }


def model_info(model: str, record_count: int) -> dict[str, Any]:
    """Return the Get Model Info body of `model`, in a shape of the sandbox's own."""
    return {
        "id": model,
        "title": MODEL_TITLES[model],
        "sync": "on_demand" if model in ON_DEMAND_MODELS else "continuous",
        "has_files": model in FILE_MODEL_IDS,
        "record_count": record_count,
        "sandbox": True,
    }
