import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** Realm names become URL segments. */
const REALM_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A realm's name is safe in URLs. */
export const environmentRealmName: Rule = {
  id: "environment-realm-name",
  description: "An environment's realm name is letters, digits, '.', '_' or '-'.",
  check: (catalog) =>
    environmentEntries(catalog, environmentRealmName.id)
      .filter(({ environment }) => typeof environment.realm?.name !== "string" || !REALM_NAME_PATTERN.test(environment.realm.name))
      .map(({ environment, problem }) => problem("realm.name", environment.realm?.name, "must be letters, digits, '.', '_' or '-'")),
};
