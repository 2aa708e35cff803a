import { problemIn } from "../problem";
import type { Rule } from "../rule";

/** A customer exists in at least one environment, and only in declared ones. */
export const customerEnvironments: Rule = {
  id: "customer-environments",
  description: "A customer names at least one environment, each declared in environments.ts, none twice.",
  check: (catalog) => {
    const known = Object.keys(catalog.environments);
    return catalog.customers.flatMap(({ file, definition }) => {
      const problem = problemIn(customerEnvironments.id, file);
      const environments: unknown = definition.environments;
      if (!Array.isArray(environments) || environments.length === 0) {
        return [problem("environments", environments, `must list at least one of: ${known.join(", ")}`)];
      }
      return environments.flatMap((name: unknown, index) => {
        if (typeof name !== "string" || !known.includes(name)) {
          return [problem(`environments[${index}]`, name, `is not a declared environment (${known.join(", ")})`)];
        }
        if (environments.indexOf(name) !== index) {
          return [problem(`environments[${index}]`, name, "is listed twice")];
        }
        return [];
      });
    });
  },
};
