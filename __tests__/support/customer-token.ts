import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

/** What the token endpoint answered. */
export interface TokenResponse {
  readonly status: number;
  readonly body: { access_token?: string; refresh_token?: string; error?: string };
}

/**
 * Asks for a token exactly as a customer would: form-encoded `grant_type=client_credentials`,
 * authenticated with HTTP Basic `clientId:secret`.
 */
export async function requestClientCredentialsToken(
  url: string,
  realm: string,
  clientId: string,
  secret: string,
): Promise<TokenResponse> {
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64");
  return requestToken(url, realm, { grant_type: "client_credentials" }, { authorization: `Basic ${basic}` });
}

/** A form-encoded request to the realm's token endpoint, e.g. another grant, for showing it is refused. */
export async function requestToken(
  url: string,
  realm: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<TokenResponse> {
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
