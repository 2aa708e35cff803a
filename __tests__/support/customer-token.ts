import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

/** What the token endpoint answered. */
export interface TokenResponse {
  readonly status: number;
  readonly body: { access_token?: string; refresh_token?: string; error?: string; error_description?: string };
}

/**
 * Asks for a token exactly as a customer would: form-encoded `grant_type=client_credentials`,
 * authenticated with HTTP Basic `clientId:secret`.
 */
export async function requestClientCredentialsToken(url: string, realm: string, clientId: string, secret: string): Promise<TokenResponse> {
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64");
  return requestToken(url, realm, { grant_type: "client_credentials" }, { authorization: `Basic ${basic}` });
}

/** A form-encoded request to the realm's token endpoint, e.g. another grant, for showing it is refused. */
export async function requestToken(url: string, realm: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<TokenResponse> {
  const response = await fetch(`${url}/realms/${realm}/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as TokenResponse["body"] };
}

/** An access token's claims, after checking its signature against the realm's published keys and its issuer. */
export async function verifyAccessToken(url: string, realm: string, token: string): Promise<JWTPayload & Record<string, unknown>> {
  const issuer = `${url}/realms/${realm}`;
  const keys = createRemoteJWKSet(new URL(`${issuer}/protocol/openid-connect/certs`));
  const { payload } = await jwtVerify(token, keys, { issuer });
  return payload as JWTPayload & Record<string, unknown>;
}

/** `aud` as a list: Keycloak writes one audience as a string and several as an array. */
export function audiences(payload: JWTPayload): string[] {
  if (payload.aud === undefined) return [];
  return Array.isArray(payload.aud) ? [...payload.aud].sort() : [payload.aud];
}

/** What a customer's token must carry: exactly its grants. */
export interface GrantedAccess {
  readonly clientId: string;
  /** Permissions by service clientId. */
  readonly grants: Readonly<Record<string, readonly string[]>>;
}

/**
 * Asks for a token as the customer would and checks it against the realm's keys and issuer, then
 * that `azp` is the customer, `aud` exactly the granted services, `resource_access` exactly the
 * granted permissions, with no realm roles and no refresh token.
 */
export async function expectTokenAsGranted(url: string, realm: string, access: GrantedAccess, secret: string): Promise<void> {
  const response = await requestClientCredentialsToken(url, realm, access.clientId, secret);
  expect({ clientId: access.clientId, status: response.status, error: response.body.error }).toEqual({
    clientId: access.clientId,
    status: 200,
    error: undefined,
  });
  expect(response.body.refresh_token).toBeUndefined();
  const token = await verifyAccessToken(url, realm, response.body.access_token!);
  expect({
    azp: token.azp,
    preferred_username: token.preferred_username,
    aud: audiences(token),
    resource_access: token.resource_access,
    realm_access: token.realm_access,
  }).toEqual({
    azp: access.clientId,
    preferred_username: `service-account-${access.clientId}`,
    aud: Object.keys(access.grants).sort(),
    resource_access: Object.fromEntries(Object.entries(access.grants).map(([service, permissions]) => [service, { roles: [...permissions].sort() }])),
    realm_access: undefined,
  });
  expect(token.sub).toEqual(expect.any(String));
}

/** Keycloak's answer to a client whose credentials it does not accept. */
export const INVALID_CLIENT_CREDENTIALS = "Invalid client or Invalid client credentials";

/** Asks for a token with `secret` and expects Keycloak to refuse the client's credentials. */
export async function expectCredentialsRefused(url: string, realm: string, clientId: string, secret: string): Promise<void> {
  const response = await requestClientCredentialsToken(url, realm, clientId, secret);
  expect({ status: response.status, description: response.body.error_description }).toEqual({
    status: 401,
    description: INVALID_CLIENT_CREDENTIALS,
  });
  // unauthorized_client today; a pending Keycloak change makes it invalid_client.
  expect(["unauthorized_client", "invalid_client"]).toContain(response.body.error);
}
