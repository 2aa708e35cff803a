import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * The provider joins paths to the URL, so `https://sso.example/` makes `//realms/...`; credentials
 * in a URL would be a secret in a file and in the synthesized JSON; a query or fragment means
 * nothing to the provider. The URL is written in the form the provider expects, nothing is
 * normalised behind the author's back.
 */
export function canonicalUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return undefined;
  }
}

/** An environment's Keycloak URL has no trailing slash, credentials, query or fragment. */
export const environmentUrlCanonical: Rule = {
  id: "environment-url-canonical",
  description: "An environment's Keycloak URL is written without a trailing slash, credentials, query or fragment.",
  check: (catalog) =>
    Object.entries(catalog.environments).flatMap(([name, environment]) => {
      const value: unknown = environment.keycloakUrl;
      if (typeof value !== "string") return [];
      const canonical = canonicalUrl(value);
      if (canonical === undefined || canonical === value) return [];
      return [
        problemIn(environmentUrlCanonical.id, catalog.environmentsFile)(
          `${name}.keycloakUrl`,
          withoutCredentials(value),
          `must be written "${canonical}": no trailing slash, credentials, query or fragment`,
        ),
      ];
    }),
};

/** The URL as written, with any credentials masked: problems are printed and logged. */
function withoutCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1***@");
}
