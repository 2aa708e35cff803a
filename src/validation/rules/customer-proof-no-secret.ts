import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A keyless customer has no secret: a rotation marker would promise one. */
export const customerProofNoSecret: Rule = {
  id: "customer-proof-no-secret",
  description: "A keyless customer (`proof`) sets no `secretRotation`: it has no secret to rotate.",
  check: (catalog) =>
    catalog.customers
      .filter(({ definition }) => definition.proof !== undefined && definition.secretRotation !== undefined)
      .map(({ file, definition }) =>
        problemIn(customerProofNoSecret.id, file)(
          "secretRotation",
          definition.secretRotation,
          "a keyless customer (proof) has no secret to rotate: it rotates its key in its JWKS, or with a new certificate; remove secretRotation",
        ),
      ),
};
