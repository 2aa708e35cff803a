import { isNonEmptyList } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A customer exists somewhere: an empty list would quietly delete its client everywhere. */
export const customerEnvironmentsPresent: Rule = {
  id: "customer-environments-present",
  description: "A customer names at least one environment.",
  check: (catalog) => {
    const known = Object.keys(catalog.environments).join(", ");
    return catalog.customers
      .filter(({ definition }) => !isNonEmptyList(definition.environments))
      .map(({ file, definition }) =>
        problemIn(customerEnvironmentsPresent.id, file)("environments", definition.environments, `must list at least one of: ${known}`),
      );
  },
};
