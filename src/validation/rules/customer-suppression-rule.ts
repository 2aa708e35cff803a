import { POLICY_RULES } from "../../policy/rules";
import { problemIn, type Problem } from "../problem";
import type { Rule } from "../rule";

/** A suppression names a policy rule that exists, once: a typo would suppress nothing, silently. */
export const customerSuppressionRule: Rule = {
  id: "customer-suppression-rule",
  description: "Each of a customer's suppressions names an existing policy rule, each rule once.",
  check: (catalog) => {
    const known = POLICY_RULES.map((rule) => rule.id);
    return catalog.customers.flatMap(({ file, definition }): Problem[] => {
      const suppressions: unknown = definition.suppressions;
      if (!Array.isArray(suppressions)) {
        return [problemIn(customerSuppressionRule.id, file)("suppressions", suppressions, "must be a list of { rule, reason }")];
      }
      const rules = suppressions.map((suppression: unknown) => (suppression as { rule?: unknown } | null)?.rule);
      return rules.flatMap((rule, index): Problem[] => {
        const problem = problemIn(customerSuppressionRule.id, file);
        if (typeof rule !== "string" || !known.includes(rule)) {
          return [problem(`suppressions[${index}].rule`, rule, `is not a policy rule (${known.join(", ")})`)];
        }
        return rules.indexOf(rule) === index ? [] : [problem(`suppressions[${index}].rule`, rule, "is suppressed twice")];
      });
    });
  },
};
