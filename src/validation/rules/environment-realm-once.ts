import type { Rule } from "../rule";
import { environmentEntries, firstClaims } from "../environment-entries";

/**
 * One environment per realm of one Keycloak: two would each claim the realm's clients and scopes,
 * and every deploy of one would undo the other's.
 */
export const environmentRealmOnce: Rule = {
  id: "environment-realm-once",
  description: "No two environments manage the same realm on the same Keycloak.",
  check: (catalog) => {
    const claim = firstClaims();
    return environmentEntries(catalog, environmentRealmOnce.id).flatMap(({ name, environment, problem }) => {
      if (typeof environment.keycloakUrl !== "string" || typeof environment.realm?.name !== "string") return [];
      // Keycloak's host is case-insensitive; its realm names are not.
      const key = `${environment.keycloakUrl.toLowerCase()} ${environment.realm.name}`;
      const owner = claim(key, name);
      if (owner === undefined) return [];
      return [
        problem(
          "realm.name",
          environment.realm.name,
          `is also managed by environment ${owner} on ${environment.keycloakUrl}; two environments would undo each other's deploys: give each its own realm or Keycloak`,
        ),
      ];
    });
  },
};
