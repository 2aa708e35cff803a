import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** Keycloak 17+ serves without the legacy `/auth` prefix; with it every call of the provider fails. */
export const environmentUrlNoAuthPath: Rule = {
  id: "environment-url-no-auth-path",
  description: "An environment's `keycloakUrl` does not end in /auth.",
  check: (catalog) =>
    environmentEntries(catalog, environmentUrlNoAuthPath.id)
      .filter(({ environment }) => typeof environment.keycloakUrl === "string" && /\/auth\/?$/.test(environment.keycloakUrl))
      .map(({ environment, problem }) => problem("keycloakUrl", environment.keycloakUrl, "must not end in /auth: Keycloak 17+ serves without it")),
};
