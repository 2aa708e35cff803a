import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** The master realm administers the server; customers' keys never live there. */
export const environmentRealmNotMaster: Rule = {
  id: "environment-realm-not-master",
  description: "An environment's realm is not `master`.",
  check: (catalog) =>
    environmentEntries(catalog, environmentRealmNotMaster.id)
      .filter(({ environment }) => environment.realm?.name === "master")
      .map(({ environment, problem }) => problem("realm.name", environment.realm.name, "must not be the master realm: keep customers out of the admin realm")),
};
