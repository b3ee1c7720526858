"""A local server that imitates the MGBI API, for tests and demos without a key.

It serves every operation of the project's OpenAPI description with synthetic
records built from the documented examples. Tests control it through
`SandboxServer.state`: queue faults, read the request log, the quota counters and the
refresh orders. Run it alone with `python -m mgbi.sandbox`.

Needs starlette and uvicorn (the `sandbox` extra); it imports nothing else of `mgbi`.
"""

from .app import create_app
from .config import (
    COUNTER_NAMES,
    DEFAULT_KEY,
    FAILING_NIP,
    FILE_MODEL_IDS,
    MODEL_IDS,
    RefreshStatusWords,
    SandboxConfig,
)
from .entities import COMPANY_A, COMPANY_B, KNOWN_ENTITIES, SOLE_TRADER_C, Entity
from .faults import Fault, FaultKind, FaultRule, RequestRecord
from .refresh import RefreshOrder
from .server import SandboxServer
from .state import SandboxState

__all__ = [
    "COMPANY_A",
    "COMPANY_B",
    "COUNTER_NAMES",
    "DEFAULT_KEY",
    "FAILING_NIP",
    "FILE_MODEL_IDS",
    "KNOWN_ENTITIES",
    "MODEL_IDS",
    "SOLE_TRADER_C",
    "Entity",
    "Fault",
    "FaultKind",
    "FaultRule",
    "RefreshOrder",
    "RefreshStatusWords",
    "RequestRecord",
    "SandboxConfig",
    "SandboxServer",
    "SandboxState",
    "create_app",
]
