import { problemIn } from "../problem";
import type { Rule } from "../rule";

/** A service limited to environments names at least one, each declared, none twice. */
export const serviceEnvironments: Rule = {
  id: "service-environments",
  description: "A service's `environments`, when given, lists declared environments, at least one, each once.",
  check: (catalog) => {
    const known = Object.keys(catalog.environments);
    return catalog.services.flatMap(({ file, definition }) => {
      const problem = problemIn(serviceEnvironments.id, file);
      const environments: unknown = definition.environments;
      if (environments === undefined) return [];
      if (!Array.isArray(environments) || environments.length === 0) {
        return [problem("environments", environments, `must list at least one of: ${known.join(", ")}, or be left out for all`)];
      }
      return environments.flatMap((name: unknown, index) => {
        if (typeof name !== "string" || !known.includes(name)) {
          return [problem(`environments[${index}]`, name, `is not a declared environment (${known.join(", ")})`)];
        }
        if (environments.indexOf(name) !== index) return [problem(`environments[${index}]`, name, "is listed twice")];
        return [];
      });
    });
  },
};
