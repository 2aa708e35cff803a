import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** `suppressions` is a list of `{ rule, reason }` (a plain JavaScript file could give anything). */
export const customerSuppressionsList: Rule = {
  id: "customer-suppressions-list",
  description: "A customer's `suppressions` is a list of `{ rule, reason }` objects.",
  check: (catalog) =>
    catalog.customers
      .filter(
        ({ definition: { suppressions } }) =>
          !Array.isArray(suppressions) || suppressions.some((entry: unknown) => typeof entry !== "object" || entry === null),
      )
      .map(({ file, definition }) =>
        problemIn(customerSuppressionsList.id, file)("suppressions", definition.suppressions, "must be a list of { rule, reason }"),
      ),
};
