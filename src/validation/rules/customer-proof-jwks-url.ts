import { isLoopbackHost } from "../../definitions/environment";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * Keycloak trusts whatever keys the JWKS URL serves: over plain http anyone on the path could
 * serve their own and get the customer's tokens. Only loopback crosses no network.
 */
export const customerProofJwksUrl: Rule = {
  id: "customer-proof-jwks-url",
  description: "A keyless customer's `proof.jwksUrl` is an https URL without credentials or fragment (http only on loopback).",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const jwksUrl: unknown = (definition.proof as { jwksUrl?: unknown } | undefined)?.jwksUrl;
      if (jwksUrl === undefined) return [];
      let url: URL | undefined;
      try {
        url = typeof jwksUrl === "string" ? new URL(jwksUrl) : undefined;
      } catch {
        url = undefined;
      }
      const https = url?.protocol === "https:" || (url?.protocol === "http:" && isLoopbackHost(url.hostname));
      if (url && https && url.username === "" && url.password === "" && url.hash === "") return [];
      return [
        problemIn(customerProofJwksUrl.id, file)(
          "proof.jwksUrl",
          jwksUrl,
          "must be an https URL where the customer publishes its public keys, without credentials or #fragment (http only on loopback: localhost, 127.0.0.1, [::1])",
        ),
      ];
    }),
};
