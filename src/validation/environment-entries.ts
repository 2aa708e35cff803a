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

/**
 * Remembers which environment claimed each key first, for the rules that refuse two environments
 * sharing one thing (a stack name, a realm, a state): `claim(key, name)` returns the environment
 * that claimed `key` before `name`, or undefined when `name` is the first.
 */
export function firstClaims(): (key: string, name: string) => string | undefined {
  const owners = new Map<string, string>();
  return (key, name) => {
    const owner = owners.get(key);
    if (owner === undefined) owners.set(key, name);
    return owner;
  };
}
