"""A client library for accessing REST API for Oracle Fusion Field Service Cloud Service"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
