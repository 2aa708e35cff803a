import { problemIn, type Problem } from "../problem";
import type { Rule } from "../rule";

const CONTACT_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT_LENGTH = 255;

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0 && value.length <= MAX_TEXT_LENGTH;
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
        problems.push(problem("name", definition.name, `must be non-blank text of at most ${MAX_TEXT_LENGTH} characters`));
      }
      if (typeof definition.contact !== "string" || !CONTACT_PATTERN.test(definition.contact)) {
        problems.push(problem("contact", definition.contact, "must be an e-mail address"));
      }
      if (typeof definition.enabled !== "boolean") {
        problems.push(problem("enabled", definition.enabled, "must be true or false"));
      }
      if (definition.secretRotation !== undefined && !isText(definition.secretRotation)) {
        problems.push(
          problem(
            "secretRotation",
            definition.secretRotation,
            `must be non-blank text of at most ${MAX_TEXT_LENGTH} characters`,
          ),
        );
      }
      return problems;
    }),
};
