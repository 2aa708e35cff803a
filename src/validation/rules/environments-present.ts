import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** Without an environment nothing is deployed, and every customer's environments would be wrong. */
export const environmentsPresent: Rule = {
  id: "environments-present",
  description: "environments.ts declares at least one environment.",
  check: (catalog) =>
    Object.keys(catalog.environments).length > 0
      ? []
      : [problemIn(environmentsPresent.id, catalog.environmentsFile)("environments", {}, "must declare at least one environment")],
};
