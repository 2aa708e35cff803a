import type { Catalog } from "../catalog/catalog";
import { DefinitionError, type Problem } from "./problem";
import type { Rule } from "./rule";
import { clientIdFormat } from "./rules/client-id-format";
import { clientIdMatchesFileName } from "./rules/client-id-matches-file-name";
import { clientIdNotReserved } from "./rules/client-id-not-reserved";
import { clientIdUnique } from "./rules/client-id-unique";
import { customerEnvironments } from "./rules/customer-environments";
import { customerFields } from "./rules/customer-fields";
import { customerGrants } from "./rules/customer-grants";
import { environmentDefinitions } from "./rules/environment-definitions";
import { serviceFields } from "./rules/service-fields";
import { noSecretInText } from "./rules/no-secret-in-text";
import { servicePermissions } from "./rules/service-permissions";
import { stateEncryption } from "./rules/state-encryption";

/** Every rule, in the order their problems are reported. */
export const RULES: readonly Rule[] = [
  clientIdMatchesFileName,
  clientIdFormat,
  clientIdNotReserved,
  clientIdUnique,
  customerFields,
  customerGrants,
  customerEnvironments,
  serviceFields,
  servicePermissions,
  environmentDefinitions,
  noSecretInText,
  stateEncryption,
];

/** Runs every rule and returns all problems, ordered by file. */
export function findProblems(catalog: Catalog): Problem[] {
  return RULES.flatMap((rule) => rule.check(catalog)).sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Throws one {@link DefinitionError} listing every problem, those found while loading files
 * included, or returns when there are none. Runs before any construct is created.
 */
export function assertValid(catalog: Catalog, loadProblems: readonly Problem[] = []): void {
  const problems = [...loadProblems, ...findProblems(catalog)].sort((a, b) => a.file.localeCompare(b.file));
  if (problems.length > 0) throw new DefinitionError(problems);
}
