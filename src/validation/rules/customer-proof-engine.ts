import { deployEngineOf } from "../../definitions/environment";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * Keycloak gives every confidential client a secret, a keyless one too, and the provider copies it
 * into the state unless the client sets the write-only `client_secret_wo`. Write-only arguments
 * need OpenTofu 1.11+ here (terraform 1.5.7 refuses them: "Write-only Attribute Not Allowed"), and
 * an environment deploys with OpenTofu where its state is encrypted.
 */
export const customerProofEngine: Rule = {
  id: "customer-proof-engine",
  description: "A keyless customer (`proof`) exists only in environments deployed with OpenTofu, i.e. whose state is encrypted.",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      if (definition.proof === undefined || !Array.isArray(definition.environments)) return [];
      return definition.environments.flatMap((name, index) => {
        const environment = catalog.environments[name];
        if (!environment || deployEngineOf(environment) === "tofu") return [];
        return [
          problemIn(customerProofEngine.id, file)(
            `environments[${index}]`,
            name,
            "deploys with terraform (its state is not encrypted), which cannot keep a keyless customer's client secret out of the state; a customer with proof needs an environment with state.encryption (OpenTofu)",
          ),
        ];
      });
    }),
};
