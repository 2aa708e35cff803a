import { isLoopbackHost } from "../../definitions/environment";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * Every environment whose Keycloak is not on loopback is production-like: admin credentials and
 * customers' secrets cross a network, so the URL must be https. Deciding by the host rather than a
 * flag means no environment can be declared "not production" by mistake.
 */
export const environmentUrlHttps: Rule = {
  id: "environment-url-https",
  description: "An environment whose Keycloak is not on loopback (localhost, 127.0.0.0/8, [::1]) uses https.",
  check: (catalog) =>
    Object.entries(catalog.environments).flatMap(([name, environment]) => {
      let url: URL;
      try {
        url = new URL(environment.keycloakUrl);
      } catch {
        return []; // environment-url-http reports a malformed URL
      }
      if (url.protocol !== "http:" || isLoopbackHost(url.hostname)) return [];
      return [
        problemIn(environmentUrlHttps.id, catalog.environmentsFile)(
          `${name}.keycloakUrl`,
          environment.keycloakUrl,
          "must be https: only a Keycloak on loopback (localhost, 127.0.0.1, [::1]) may use http",
        ),
      ];
    }),
};
