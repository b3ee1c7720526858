"""Python client of the MGBI API: data from Polish public registers.

Start with :class:`Client` (or :class:`AsyncClient`)::

    import mgbi

    with mgbi.Client() as client:  # key from MGBI_API_KEY
        result = client.refresh("pl-krz-wp-record", {"nip": "8190937865"})
        print(result.order.status, len(result.records))
"""

from mgbi._base import RefreshResult
from mgbi._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, NOT_GIVEN
from mgbi._retry import RetryPolicy
from mgbi.async_client import AsyncClient
from mgbi.client import Client
from mgbi.downloads import DownloadedFile
from mgbi.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    DecodeError,
    InvalidInputError,
    MGBIError,
    NotFoundError,
    PermissionDeniedError,
    QuotaError,
    RateLimitError,
    RefreshError,
    RefreshFailedError,
    RefreshTimeoutError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
)
from mgbi.handles import AsyncModelHandle, ModelHandle
from mgbi.limits import Quota
from mgbi.models import MODELS, ModelInfo, get_model
from mgbi.refresh import RefreshStatusRules

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "MODELS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncModelHandle",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "DecodeError",
    "DownloadedFile",
    "InvalidInputError",
    "MGBIError",
    "ModelHandle",
    "ModelInfo",
    "NotFoundError",
    "PermissionDeniedError",
    "Quota",
    "QuotaError",
    "RateLimitError",
    "RefreshError",
    "RefreshFailedError",
    "RefreshResult",
    "RefreshStatusRules",
    "RefreshTimeoutError",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "UnexpectedStatusError",
    "get_model",
]
