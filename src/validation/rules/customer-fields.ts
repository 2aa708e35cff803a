import { problemIn, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * An e-mail address as HTML forms accept it (https://html.spec.whatwg.org/#valid-e-mail-address),
 * which is ASCII only: a contact with a look-alike letter in its domain would reach someone else.
 */
const CONTACT_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** The rotation marker only reaches Terraform's state; the bound keeps it a marker, not a document. */
const MAX_MARKER_LENGTH = 255;

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

/** The plain fields of a customer: name, contact, enabled and the rotation marker. */
export const customerFields: Rule = {
  id: "customer-fields",
  description: "A customer has a name, an e-mail contact, a boolean `enabled` and a non-empty rotation marker.",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const problem = problemIn(customerFields.id, file);
      const problems: Problem[] = [];
      if (!isText(definition.name)) {
        problems.push(problem("name", definition.name, "must be non-blank text"));
      }
      if (typeof definition.contact !== "string" || !CONTACT_PATTERN.test(definition.contact)) {
        problems.push(problem("contact", definition.contact, "must be an e-mail address in ASCII, e.g. api@acme.example"));
      }
      if (typeof definition.enabled !== "boolean") {
        problems.push(problem("enabled", definition.enabled, "must be true or false"));
      }
      if (!isText(definition.secretRotation) || definition.secretRotation.length > MAX_MARKER_LENGTH) {
        problems.push(
          problem(
            "secretRotation",
            definition.secretRotation,
            `must be non-blank text of at most ${MAX_MARKER_LENGTH} characters`,
          ),
        );
      }
      return problems;
    }),
};
