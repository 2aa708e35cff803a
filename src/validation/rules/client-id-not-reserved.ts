import { BUILT_IN_CLIENT_IDS } from "../../keycloak/built-in-clients";
import { clientIdOwners } from "../client-id";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A customer or service must not take a clientId Keycloak creates in every realm. */
export const clientIdNotReserved: Rule = {
  id: "client-id-not-reserved",
  description: "A clientId is not one of the clients Keycloak creates in every realm.",
  check: (catalog) =>
    clientIdOwners(catalog)
      .filter(({ clientId }) => typeof clientId === "string" && BUILT_IN_CLIENT_IDS.includes(clientId.toLowerCase()))
      .map(({ file, clientId }) =>
        problemIn(clientIdNotReserved.id, file)("clientId", clientId, `is reserved by Keycloak (${BUILT_IN_CLIENT_IDS.join(", ")})`),
      ),
};
