"""The OAuth2 token service (v2 answers `access_token`, the deprecated v1 answers `token`)."""

from __future__ import annotations

from ..errors import bad_request
from .base import Reply, RequestContext, handles

_GRANTS = ("client_credentials", "urn:ietf:params:oauth:grant-type:jwt-bearer")


def _issue(ctx: RequestContext, token_field: str) -> Reply:
    ctx.tokens.check_basic(ctx.headers.get("authorization"))
    form = ctx.body if isinstance(ctx.body, dict) else {}
    grant = form.get("grant_type")
    if grant not in _GRANTS:
        raise bad_request(f"Unsupported grant_type '{grant}'")
    if grant == _GRANTS[1] and not form.get("assertion"):
        raise bad_request("The jwt-bearer grant needs an 'assertion'")
    token, lifetime = ctx.tokens.issue()
    return Reply(200, {token_field: token, "token_type": "bearer", "expires_in": lifetime})


@handles("POST", "/rest/oauthTokenService/v2/token")
def token_v2(ctx: RequestContext) -> Reply:
    return _issue(ctx, "access_token")


@handles("POST", "/rest/oauthTokenService/v1/token")
def token_v1(ctx: RequestContext) -> Reply:
    return _issue(ctx, "token")
