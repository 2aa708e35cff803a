import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** True for an http:// or https:// URL. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** The provider talks HTTP to Keycloak. */
export const environmentUrlHttp: Rule = {
  id: "environment-url-http",
  description: "An environment's `keycloakUrl` is an http:// or https:// URL.",
  check: (catalog) =>
    environmentEntries(catalog, environmentUrlHttp.id)
      .filter(({ environment }) => !isHttpUrl(environment.keycloakUrl))
      .map(({ environment, problem }) => problem("keycloakUrl", environment.keycloakUrl, "must be an http:// or https:// URL")),
};
