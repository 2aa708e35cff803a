import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** The rotation marker only reaches Terraform's state; the bound keeps it a marker, not a document. */
const MAX_MARKER_LENGTH = 255;

/**
 * The rotation marker, when set, is short text: blank would read as "never rotated" and hide a
 * rotation. Leaving it out is allowed: the client keeps its first secret.
 */
export const customerSecretRotation: Rule = {
  id: "customer-secret-rotation",
  description: `A customer's \`secretRotation\`, when set, is non-blank text of at most ${MAX_MARKER_LENGTH} characters.`,
  check: (catalog) =>
    catalog.customers
      .filter(
        ({ definition: { secretRotation } }) =>
          secretRotation !== undefined && (typeof secretRotation !== "string" || secretRotation.trim() === "" || secretRotation.length > MAX_MARKER_LENGTH),
      )
      .map(({ file, definition }) =>
        problemIn(customerSecretRotation.id, file)(
          "secretRotation",
          definition.secretRotation,
          `must be non-blank text of at most ${MAX_MARKER_LENGTH} characters`,
        ),
      ),
};
