import { entriesOf, repeatedIndexes } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** One suppression per rule, with one reason to read. */
export const customerSuppressionRuleOnce: Rule = {
  id: "customer-suppression-rule-once",
  description: "A customer suppresses each policy rule once.",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const rules = entriesOf(definition.suppressions).map((suppression) => (suppression as { rule?: unknown } | null)?.rule);
      return repeatedIndexes(rules).map((index) =>
        problemIn(customerSuppressionRuleOnce.id, file)(`suppressions[${index}].rule`, rules[index], "is suppressed twice"),
      );
    }),
};
