import { isNonEmptyList } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A service limited to environments names at least one; leaving `environments` out means all. */
export const serviceEnvironmentsPresent: Rule = {
  id: "service-environments-present",
  description: "A service's `environments`, when given, names at least one environment.",
  check: (catalog) => {
    const known = Object.keys(catalog.environments).join(", ");
    return catalog.services
      .filter(({ definition }) => definition.environments !== undefined && !isNonEmptyList(definition.environments))
      .map(({ file, definition }) =>
        problemIn(serviceEnvironmentsPresent.id, file)("environments", definition.environments, `must list at least one of: ${known}, or be left out for all`),
      );
  },
};
