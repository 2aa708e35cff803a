/**
 * How a backend service checks a customer's Keycloak access token, in Node with `jose` and
 * `node:http` (no framework).
 *
 * A customer trades its client id and secret for an access token (client credentials) and sends
 * it as `Authorization: Bearer <token>`. Before answering, the service checks:
 *
 * 1. the signature, with the realm's published keys (JWKS), RS256 only;
 * 2. the issuer: the realm's URL exactly;
 * 3. the audience: this service's client id must be in `aud` (a string when the token has one
 *    audience, an array when it has several; jose accepts both);
 * 4. the expiry (`exp`), with no leeway unless `CLOCK_SKEW_SECONDS` says otherwise;
 * 5. the permissions: the client roles of this service, in `resource_access.<client id>.roles`.
 *
 * Failures answer 401 (`invalid_token`: the token is not acceptable) or 403
 * (`insufficient_scope`: valid, but without the permission), with a JSON body that says why.
 *
 * Run: `ISSUER=https://sso.example.com/realms/atlas AUDIENCE=orders-api npx tsx server.ts`
 * (also JWKS_URL, CLOCK_SKEW_SECONDS, HOST, PORT; PORT=0 picks a free port).
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";

/** Which realm issues the tokens and which service this is. */
export interface VerifierOptions {
  /** The realm's URL, e.g. `https://sso.example.com/realms/atlas`: tokens' `iss` must equal it. */
  readonly issuer: string;
  /** This service's client id, e.g. `orders-api`: tokens' `aud` must include it. */
  readonly audience: string;
  /** @default `${issuer}/protocol/openid-connect/certs` */
  readonly jwksUrl?: string;
  /** Leeway for `exp` when the realm's clock and this machine's differ. @default 0 */
  readonly clockSkewSeconds?: number;
}

/** Who called, and what this service lets it do. */
export interface Customer {
  /** The customer's client id (`azp`). */
  readonly clientId: string;
  /** This service's permissions the token carries, sorted. */
  readonly permissions: readonly string[];
}

/** A request the service refuses: HTTP status, OAuth error code (RFC 6750) and a description. */
export class TokenRejected extends Error {
  constructor(
    readonly status: 401 | 403 | 503,
    readonly error: "invalid_request" | "invalid_token" | "insufficient_scope" | "temporarily_unavailable",
    readonly description: string,
  ) {
    super(description);
    this.name = "TokenRejected";
  }
}

const invalid = (description: string) => new TokenRejected(401, "invalid_token", description);
const isoSeconds = (epochSeconds: unknown) => new Date(Number(epochSeconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Returns a function that turns an `Authorization` header value into the customer, or throws {@link TokenRejected}. */
export function createTokenVerifier(options: VerifierOptions): (authorization: string | undefined) => Promise<Customer> {
  // Caches the keys and fetches them again when a token names a key id it has not seen (Keycloak
  // rotates realm keys), at most once per cooldown.
  const keys = createRemoteJWKSet(new URL(options.jwksUrl ?? `${options.issuer}/protocol/openid-connect/certs`));
  return async (authorization) => {
    const [scheme, token, ...rest] = (authorization ?? "").trim().split(/\s+/);
    if (scheme?.toLowerCase() !== "bearer" || !token || rest.length > 0) {
      throw new TokenRejected(401, "invalid_request", 'missing bearer token: send "Authorization: Bearer <access token>"');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"], // fixed here, never taken from the token's header
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ["exp", "iat"],
        clockTolerance: options.clockSkewSeconds ?? 0,
      }));
    } catch (error) {
      throw rejection(error, token, options);
    }
    const access = payload.resource_access as Record<string, { roles?: string[] }> | undefined;
    const roles = access?.[options.audience]?.roles ?? [];
    return { clientId: String(payload.azp ?? ""), permissions: [...roles].sort() };
  };
}

/** Words a failed verification like the Flask example does. jose checks claims only after the signature. */
function rejection(error: unknown, token: string, options: VerifierOptions): TokenRejected {
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid("signature verification failed");
  if (error instanceof errors.JWTExpired) return invalid(`expired at ${isoSeconds(error.payload.exp)}`);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return invalid(`issuer ${JSON.stringify(error.payload.iss ?? null)} is not ${JSON.stringify(options.issuer)}`);
    if (error.claim === "aud") {
      return invalid(`audience ${JSON.stringify(error.payload.aud ?? null)} does not include ${JSON.stringify(options.audience)}`);
    }
    return invalid(error.reason === "missing" ? `no ${JSON.stringify(error.claim)} claim` : error.message);
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return invalid(`no key ${JSON.stringify(safely(() => decodeProtectedHeader(token).kid) ?? null)} in the realm's published keys`);
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return invalid("malformed token");
  if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) return invalid(error.message);
  // Anything else is the key set's fetch failing: the realm is unreachable, the token may be fine.
  return new TokenRejected(503, "temporarily_unavailable", `cannot fetch the realm's keys: ${(error as Error).message}`);
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Throws 403 unless the customer carries `permission`. */
export function requirePermission(customer: Customer, permission: string): void {
  if (!customer.permissions.includes(permission)) {
    throw new TokenRejected(
      403,
      "insufficient_scope",
      `missing permission ${JSON.stringify(permission)}; the token grants ${JSON.stringify(customer.permissions)}`,
    );
  }
}

/** The example service: orders, read with `orders:read` (GET /orders), placed with `orders:write` (POST /orders). */
export function createOrdersServer(verify: (authorization: string | undefined) => Promise<Customer>): http.Server {
  const routes: Record<string, { permission: string; answer: (customer: Customer) => object }> = {
    "GET /orders": { permission: "orders:read", answer: (c) => ({ customer: c.clientId, permissions: c.permissions, orders: [] }) },
    "POST /orders": { permission: "orders:write", answer: (c) => ({ customer: c.clientId, permissions: c.permissions, placed: true }) },
  };
  const send = (response: http.ServerResponse, status: number, body: object, headers: http.OutgoingHttpHeaders = {}) => {
    response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
  };
  return http.createServer((request, response) => {
    const route = routes[`${request.method} ${new URL(request.url ?? "/", "http://localhost").pathname}`];
    if (!route) return send(response, 404, { error: "not_found" });
    verify(request.headers.authorization)
      .then((customer) => {
        requirePermission(customer, route.permission);
        send(response, 200, route.answer(customer));
      })
      .catch((error: unknown) => {
        if (!(error instanceof TokenRejected)) {
          console.error(error);
          return send(response, 500, { error: "server_error" });
        }
        // RFC 6750 section 3: which kind of failure, for clients that read headers only.
        const challenge = error.status === 503 ? {} : { "www-authenticate": `Bearer error="${error.error}"` };
        send(response, error.status, { error: error.error, error_description: error.description }, challenge);
      });
  });
}

if (require.main === module) {
  const required = (name: string) => process.env[name] ?? (console.error(`set ${name}`), process.exit(2));
  const server = createOrdersServer(
    createTokenVerifier({
      issuer: required("ISSUER"),
      audience: required("AUDIENCE"),
      jwksUrl: process.env.JWKS_URL,
      clockSkewSeconds: Number(process.env.CLOCK_SKEW_SECONDS ?? 0),
    }),
  );
  server.listen(Number(process.env.PORT ?? 8000), process.env.HOST ?? "127.0.0.1", () => {
    const { address, port } = server.address() as AddressInfo;
    console.log(`listening on http://${address}:${port}`);
  });
}
