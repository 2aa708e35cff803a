import { clientIdOwners } from "../client-id";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * Clients every Keycloak realm already has; declaring one would take over or clash with it.
 * Checked against the pinned server in __tests__/keycloak-contract.test.ts.
 */
export const RESERVED_CLIENT_IDS: readonly string[] = [
  "account",
  "account-console",
  "admin-cli",
  "broker",
  "realm-management",
  "security-admin-console",
];

/** A customer or service must not take a clientId Keycloak creates in every realm. */
export const clientIdNotReserved: Rule = {
  id: "client-id-not-reserved",
  description: "A clientId is not one of the clients Keycloak creates in every realm.",
  check: (catalog) =>
    clientIdOwners(catalog)
      .filter(({ clientId }) => typeof clientId === "string" && RESERVED_CLIENT_IDS.includes(clientId.toLowerCase()))
      .map(({ file, clientId }) =>
        problemIn(clientIdNotReserved.id, file)(
          "clientId",
          clientId,
          `is reserved by Keycloak (${RESERVED_CLIENT_IDS.join(", ")})`,
        ),
      ),
};
