import type { Catalog } from "../catalog/catalog";
import type { EnvironmentDefinition } from "../definitions/environment";
import { problemIn, type Problem } from "../problem";

/** One environment of environments.ts, with a maker of its problems (fields are prefixed by its name). */
export interface EnvironmentEntry {
  readonly name: string;
  readonly environment: EnvironmentDefinition;
  problem(field: string, value: unknown, rule: string): Problem;
}

/** Every environment of the catalog, for the environment rules. */
export function environmentEntries(catalog: Catalog, ruleId: string): EnvironmentEntry[] {
  const problem = problemIn(ruleId, catalog.environmentsFile);
  return Object.entries(catalog.environments).map(([name, environment]) => ({
    name,
    environment,
    problem: (field, value, rule) => problem(`${name}.${field}`, value, rule),
  }));
}
