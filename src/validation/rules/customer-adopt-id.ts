import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** Keycloak ids of clients are UUIDs; a clientId here (the usual mix-up) would fail mid-deploy. */
const KEYCLOAK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What `adopt` names is the existing client's Keycloak id, not its clientId. */
export const customerAdoptId: Rule = {
  id: "customer-adopt-id",
  description: "Each adopted client is named by its Keycloak id, a lowercase UUID.",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const adopt = typeof definition.adopt === "object" && definition.adopt !== null ? definition.adopt : {};
      return Object.entries(adopt as Record<string, unknown>)
        .filter(([, id]) => typeof id !== "string" || !KEYCLOAK_ID.test(id))
        .map(([environment, id]) =>
          problemIn(customerAdoptId.id, file)(
            `adopt.${environment}`,
            id,
            "must be the client's Keycloak id, a UUID as in the admin console's URL .../clients/<id>/settings (not its clientId)",
          ),
        );
    }),
};
