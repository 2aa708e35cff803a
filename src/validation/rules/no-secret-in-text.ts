import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { looksLikeSecret } from "../../secret-looking";

/** Fields of a customer that are synthesized into Keycloak (name and description) and shown in reviews. */
const TEXT_FIELDS = ["name", "contact", "secretRotation"] as const;

/**
 * A customer's text fields end up in the synthesized configuration, the snapshot a reviewer reads
 * and Keycloak's admin console: a credential pasted into one would be published. Refused, and the
 * problem does not repeat the value.
 */
export const noSecretInText: Rule = {
  id: "no-secret-in-text",
  description: "A customer's name, contact and rotation marker hold no password, token or key (they are synthesized and reviewed).",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) =>
      TEXT_FIELDS.filter((field) => typeof definition[field] === "string" && looksLikeSecret(definition[field])).map((field) =>
        problemIn(noSecretInText.id, file)(
          field,
          definition[field],
          "looks like a password, token or key; it would be published in the configuration and the review, so remove it (and rotate that credential)",
        ),
      ),
    ),
};
