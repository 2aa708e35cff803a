/**
 * What Keycloak stores of a keyless customer's certificate, and how a PEM certificate looks.
 * Keycloak keeps the certificate of a `client-jwt` client as base64 DER, without the PEM armour,
 * in the client attribute `jwt.credential.certificate` (`CertificateInfoHelper`).
 */

/** One PEM certificate: the armour lines and base64 between them, nothing else. */
export const PEM_CERTIFICATE = /^\s*-----BEGIN CERTIFICATE-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END CERTIFICATE-----\s*$/;

/** The base64 DER of a PEM certificate, as Keycloak stores it; empty when `pem` is no PEM certificate. */
export function certificateBody(pem: string): string {
  return (PEM_CERTIFICATE.exec(pem)?.[1] ?? "").replace(/\s/g, "");
}

/** Keycloak's client authenticator of a customer with a secret. */
export const SECRET_AUTHENTICATOR = "client-secret";

/** Keycloak's client authenticator of a keyless customer: it signs a client assertion (private_key_jwt). */
export const KEYLESS_AUTHENTICATOR = "client-jwt";
