import { POLICY_RULES } from "../../policy/rules";
import { entriesOf } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A suppression names a policy rule that exists: a typo would suppress nothing, silently. */
export const customerSuppressionRuleKnown: Rule = {
  id: "customer-suppression-rule-known",
  description: "Each of a customer's suppressions names an existing policy rule.",
  check: (catalog) => {
    const known = POLICY_RULES.map((rule) => rule.id);
    return catalog.customers.flatMap(({ file, definition }) =>
      entriesOf(definition.suppressions).flatMap((suppression, index) => {
        const rule = (suppression as { rule?: unknown } | null)?.rule;
        return typeof rule === "string" && known.includes(rule)
          ? []
          : [problemIn(customerSuppressionRuleKnown.id, file)(`suppressions[${index}].rule`, rule, `is not a policy rule (${known.join(", ")})`)];
      }),
    );
  },
};
