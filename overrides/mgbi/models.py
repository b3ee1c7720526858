"""The API's data models and the generated code behind each of their operations.

Generated operation modules are imported on first use, so ``import mgbi`` stays cheap.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import attrs

from mgbi.errors import InvalidInputError

# Operations that every model has, by the suffix of their generated module name.
COMMON_OPERATIONS = (
    "get_records",
    "get_record_by_id",
    "stream_records",
    "post_stream_records",
    "get_limits",
    "get_projections",
    "get_model_info",
)


@attrs.frozen
class ModelInfo:
    """One data model of the API.

    Attributes:
        model_id: The id used in paths and refresh orders, such as ``pl-krs-wp-record``.
        key: Short name used in generated operation ids and as the client attribute.
        schema: Prefix of the generated record classes (``<schema>Record``,
            ``<schema>RecordList``).
        on_demand: True when records appear only after a refresh order.
        identifier_filters: Identifier keys the model's Get Records accepts.
        extra_operations: Operations beyond the common ones.
    """

    model_id: str
    key: str
    schema: str
    on_demand: bool
    identifier_filters: tuple[str, ...]
    extra_operations: tuple[str, ...] = ()

    @property
    def operations(self) -> tuple[str, ...]:
        """Return the names of every operation this model has."""
        return COMMON_OPERATIONS + self.extra_operations

    def operation_module(self, operation: str) -> ModuleType:
        """Import and return the generated module of ``operation`` of this model."""
        if operation not in self.operations:
            raise InvalidInputError(
                f"model {self.model_id!r} has no operation {operation!r}; "
                f"it has: {', '.join(self.operations)}"
            )
        package = self.model_id.replace("-", "_")
        return importlib.import_module(f"mgbi_api.api.{package}.{self.key}_{operation}")

    @property
    def record_class(self) -> Any:
        """Return the generated class of one record of this model."""
        return _model_class(f"{self.schema}Record")


def _model_class(name: str) -> Any:
    models = importlib.import_module("mgbi_api.models")
    return getattr(models, name)


_KRS_NIP_REGON = ("pl_krs", "pl_nip", "pl_regon")

MODELS: dict[str, ModelInfo] = {
    info.model_id: info
    for info in (
        ModelInfo(
            "pl-krs-wp-record",
            "krs_wp",
            "KrsWp",
            False,
            _KRS_NIP_REGON,
            ("download_file",),
        ),
        ModelInfo(
            "pl-krs-wp-entry", "krs_wp_entry", "KrsWpEntry", False, _KRS_NIP_REGON
        ),
        ModelInfo(
            "pl-krs-rdf-record",
            "krs_rdf",
            "KrsRdf",
            False,
            _KRS_NIP_REGON,
            ("download_file", "get_type_enum_values"),
        ),
        ModelInfo("pl-ceidg-hd-record", "ceidg_hd", "CeidgHd", False, ()),
        ModelInfo(
            "pl-krz-wp-record",
            "krz_wp",
            "KrzWp",
            True,
            ("pl_nip", "pl_pesel", "pl_krs"),
        ),
        ModelInfo("pl-wpv-record", "wpv", "Wpv", True, ("pl_nip",)),
        ModelInfo("pl-crbr-wp-record", "crbr_wp", "CrbrWp", True, ("pl_krs", "pl_nip")),
        ModelInfo("pl-msig-record", "msig", "Msig", False, (), ("download_file",)),
        ModelInfo(
            "pl-sudop-wpopb-record", "sudop_wpopb", "SudopWpopb", False, _KRS_NIP_REGON
        ),
        ModelInfo("pl-bzp-record", "bzp", "Bzp", False, _KRS_NIP_REGON),
        ModelInfo("pl-rdr-record", "rdr", "Rdr", True, _KRS_NIP_REGON),
        ModelInfo("pl-idpcit-record", "idpcit", "Idpcit", False, _KRS_NIP_REGON),
        ModelInfo(
            "pl-mgbi-lu-record",
            "mgbi_lu",
            "MgbiLu",
            False,
            ("pl_nip", "pl_krs", "pl_regon", "pl_pesel"),
            ("get_category",),
        ),
    )
}

MODELS_BY_KEY: dict[str, ModelInfo] = {info.key: info for info in MODELS.values()}


def get_model(model: str) -> ModelInfo:
    """Return the model with this id (or short key), or raise InvalidInputError."""
    if not isinstance(model, str):
        raise InvalidInputError(f"model must be a model id string, got {model!r}")
    info = MODELS.get(model) or MODELS_BY_KEY.get(model)
    if info is None:
        raise InvalidInputError(
            f"unknown model {model!r}; known models: {', '.join(MODELS)}"
        )
    return info
