import { clientIdOwners, type ClientIdOwner } from "../client-id";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * clientIds are unique across `clients/` and `scopes/`, ignoring case: Keycloak's clientId lookup
 * and case-insensitive file systems would otherwise confuse two of them.
 */
export const clientIdUnique: Rule = {
  id: "client-id-unique",
  description: "No two customers or services share a clientId, also when they differ only in case.",
  check: (catalog) => {
    const byKey = new Map<string, ClientIdOwner[]>();
    for (const owner of clientIdOwners(catalog)) {
      if (typeof owner.clientId !== "string") continue;
      const key = owner.clientId.toLowerCase();
      byKey.set(key, [...(byKey.get(key) ?? []), owner]);
    }
    return [...byKey.values()]
      .filter((owners) => owners.length > 1)
      .flatMap((owners) =>
        owners.map((owner) => {
          const others = owners.filter((other) => other !== owner).map((other) => `${other.file} (${other.kind})`);
          return problemIn(clientIdUnique.id, owner.file)(
            "clientId",
            owner.clientId,
            `must be unique across clients/ and scopes/, ignoring case; also declared by ${others.join(", ")}`,
          );
        }),
      );
  },
};
