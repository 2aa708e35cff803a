"""How a backend service checks a customer's Keycloak access token, with Flask and PyJWT.

A customer trades its client id and secret for an access token (client credentials) and sends
it as ``Authorization: Bearer <token>``. Before answering, the service checks:

1. the signature, with the realm's published keys (JWKS), RS256 only;
2. the issuer: the realm's URL exactly;
3. the audience: this service's client id must be in ``aud`` (a string when the token has one
   audience, a list when it has several; PyJWT accepts both);
4. the expiry (``exp``), with no leeway unless ``CLOCK_SKEW_SECONDS`` says otherwise;
5. the permissions: the client roles of this service, in ``resource_access.<client id>.roles``.

Failures answer 401 (``invalid_token``: the token is not acceptable) or 403
(``insufficient_scope``: valid, but without the permission), with a JSON body that says why.

Configuration, from the environment:
    ISSUER               e.g. https://sso.example.com/realms/atlas (no trailing slash)
    AUDIENCE             this service's client id, e.g. orders-api
    JWKS_URL             default: $ISSUER/protocol/openid-connect/certs
    CLOCK_SKEW_SECONDS   default: 0
    HOST, PORT           default: 127.0.0.1, 8000 (PORT=0 picks a free port)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import wraps
from typing import Any, Callable

import jwt
from flask import Flask, current_app, g, jsonify, request


class TokenRejected(Exception):
    """A request the service refuses: HTTP status, OAuth error code and a description."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


def _invalid(description: str) -> TokenRejected:
    return TokenRejected(401, "invalid_token", description)


def _json(value: Any) -> str:
    # The same text as JavaScript's JSON.stringify, so both examples word their errors alike.
    return json.dumps(value, separators=(",", ":"))


@dataclass(frozen=True)
class Customer:
    """Who called, and what this service lets it do."""

    client_id: str
    permissions: tuple[str, ...]


class TokenVerifier:
    """Checks access tokens issued by one Keycloak realm for one service."""

    def __init__(self, issuer: str, audience: str, jwks_url: str | None = None, clock_skew_seconds: int = 0) -> None:
        self.issuer = issuer
        self.audience = audience
        self.clock_skew_seconds = clock_skew_seconds
        # Caches the keys and fetches them again when a token names a key id it has not seen
        # (Keycloak rotates realm keys); lifespan bounds how long a removed key is still trusted.
        self.jwks = jwt.PyJWKClient(jwks_url or f"{issuer}/protocol/openid-connect/certs", cache_keys=True, lifespan=300)

    def verify(self, authorization: str | None) -> Customer:
        """The customer behind an ``Authorization`` header value, or :class:`TokenRejected`."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise TokenRejected(401, "invalid_request", 'missing bearer token: send "Authorization: Bearer <access token>"')
        token = token.strip()
        try:
            key = self.jwks.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError as error:
            raise TokenRejected(503, "temporarily_unavailable", f"cannot fetch the realm's keys: {error}") from error
        except jwt.PyJWKClientError as error:
            kid = self._header(token).get("kid")
            raise _invalid(f"no key {_json(kid)} in the realm's published keys") from error
        except jwt.DecodeError as error:
            raise _invalid("malformed token") from error
        try:
            # The algorithm is fixed here, never taken from the token's header.
            claims = jwt.decode(
                token,
                key.key,
                algorithms=["RS256"],
                issuer=self.issuer,
                audience=self.audience,
                leeway=self.clock_skew_seconds,
                options={"require": ["exp", "iat", "iss", "aud"]},
            )
        except jwt.InvalidSignatureError as error:
            raise _invalid("signature verification failed") from error
        except jwt.ExpiredSignatureError as error:
            raise _invalid(f"expired at {self._time(self._unverified(token).get('exp'))}") from error
        except jwt.InvalidIssuerError as error:
            raise _invalid(f"issuer {_json(self._unverified(token).get('iss'))} is not {_json(self.issuer)}") from error
        except (jwt.InvalidAudienceError, jwt.MissingRequiredClaimError) as error:
            if isinstance(error, jwt.MissingRequiredClaimError) and error.claim != "aud":
                raise _invalid(f"no {_json(error.claim)} claim") from error
            audience = self._unverified(token).get("aud")
            raise _invalid(f"audience {_json(audience)} does not include {_json(self.audience)}") from error
        except jwt.DecodeError as error:
            raise _invalid("malformed token") from error
        except jwt.InvalidTokenError as error:
            raise _invalid(str(error)) from error
        roles = claims.get("resource_access", {}).get(self.audience, {}).get("roles", [])
        return Customer(client_id=claims.get("azp", ""), permissions=tuple(sorted(roles)))

    @staticmethod
    def _header(token: str) -> dict[str, Any]:
        try:
            return jwt.get_unverified_header(token)
        except jwt.DecodeError:
            return {}

    @staticmethod
    def _unverified(token: str) -> dict[str, Any]:
        # Only to word an error: PyJWT checks claims after the signature, so these are authentic.
        return jwt.decode(token, options={"verify_signature": False})

    @staticmethod
    def _time(exp: Any) -> str:
        return datetime.fromtimestamp(int(exp), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def require_permission(permission: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Lets a view run only for a token of this service that carries ``permission``; the customer is ``g.customer``."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            customer = current_app.extensions["token_verifier"].verify(request.headers.get("Authorization"))
            if permission not in customer.permissions:
                raise TokenRejected(
                    403, "insufficient_scope", f"missing permission {_json(permission)}; the token grants {_json(list(customer.permissions))}"
                )
            g.customer = customer
            return view(*args, **kwargs)

        return wrapper

    return decorator


def create_app(verifier: TokenVerifier) -> Flask:
    """The example service: orders, read with ``orders:read``, placed with ``orders:write``."""
    app = Flask(__name__)
    app.extensions["token_verifier"] = verifier

    @app.errorhandler(TokenRejected)
    def rejected(error: TokenRejected):  # type: ignore[no-untyped-def]
        response = jsonify(error=error.error, error_description=error.description)
        response.status_code = error.status
        if error.status == 401 or error.status == 403:
            # RFC 6750 section 3: which kind of failure, for clients that read headers only.
            response.headers["WWW-Authenticate"] = f'Bearer error="{error.error}"'
        return response

    @app.get("/orders")
    @require_permission("orders:read")
    def list_orders():  # type: ignore[no-untyped-def]
        return jsonify(customer=g.customer.client_id, permissions=list(g.customer.permissions), orders=[])

    @app.post("/orders")
    @require_permission("orders:write")
    def place_order():  # type: ignore[no-untyped-def]
        return jsonify(customer=g.customer.client_id, permissions=list(g.customer.permissions), placed=True)

    return app


def main() -> None:
    from werkzeug.serving import make_server

    verifier = TokenVerifier(
        issuer=os.environ["ISSUER"],
        audience=os.environ["AUDIENCE"],
        jwks_url=os.environ.get("JWKS_URL"),
        clock_skew_seconds=int(os.environ.get("CLOCK_SKEW_SECONDS", "0")),
    )
    # Werkzeug's server is for development and tests; in production run create_app under a WSGI
    # server (e.g. gunicorn), see README.md.
    server = make_server(os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "8000")), create_app(verifier), threaded=True)
    print(f"listening on http://{server.host}:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
