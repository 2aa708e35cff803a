import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** Whether the stack owns the realm decides whether destroying it deletes the realm. */
export const environmentRealmCreate: Rule = {
  id: "environment-realm-create",
  description: "An environment's `realm.create` is true or false.",
  check: (catalog) =>
    environmentEntries(catalog, environmentRealmCreate.id)
      .filter(({ environment }) => typeof environment.realm?.create !== "boolean")
      .map(({ environment, problem }) => problem("realm.create", environment.realm?.create, "must be true (the stack creates the realm) or false (it exists)")),
};
