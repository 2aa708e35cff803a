import { POLICY_RULE_IDS, isPolicyRuleId } from "../../policy/rule-ids";
import { entriesOf } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A suppression names a policy rule that exists: a typo would suppress nothing, silently. */
export const customerSuppressionRuleKnown: Rule = {
  id: "customer-suppression-rule-known",
  description: "Each of a customer's suppressions names an existing policy rule.",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) =>
      entriesOf(definition.suppressions).flatMap((suppression, index) => {
        const rule = (suppression as { rule?: unknown } | null)?.rule;
        return isPolicyRuleId(rule)
          ? []
          : [problemIn(customerSuppressionRuleKnown.id, file)(`suppressions[${index}].rule`, rule, `is not a policy rule (${POLICY_RULE_IDS.join(", ")})`)];
      }),
    ),
};
