import { clientIdOwners } from "../client-id";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * Names that are valid slugs but already taken where clientIds and environment names become keys:
 * the construct tree keeps children in a plain object, so a customer, service or environment
 * called `constructor` collides with Object.prototype and crashes the synthesis; `default` and
 * `resource` are the ids `constructs` treats as a scope's default child. Compared ignoring case.
 */
export const RUNTIME_RESERVED_NAMES: readonly string[] = [
  ...Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase()),
  "default",
  "resource",
].sort();

const isReserved = (name: unknown): boolean => typeof name === "string" && RUNTIME_RESERVED_NAMES.includes(name.toLowerCase());

const RULE = `is reserved by the JavaScript runtime or the construct tree (${["constructor", "__proto__", "tostring", "default", "resource"].join(", ")} and the other Object.prototype keys)`;

/** clientIds and environment names are not names JavaScript objects or `constructs` already use. */
export const nameNotRuntimeReserved: Rule = {
  id: "name-not-runtime-reserved",
  description: "No clientId or environment name is an Object.prototype key (`constructor`, `__proto__`...) or a construct id `constructs` treats specially.",
  check: (catalog) => [
    ...clientIdOwners(catalog)
      .filter(({ clientId }) => isReserved(clientId))
      .map(({ file, clientId }) => problemIn(nameNotRuntimeReserved.id, file)("clientId", clientId, RULE)),
    ...Object.keys(catalog.environments)
      .filter(isReserved)
      .map((name) => problemIn(nameNotRuntimeReserved.id, catalog.environmentsFile)(name, name, RULE)),
  ],
};
