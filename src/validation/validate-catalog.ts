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
import { customerSuppressionReason } from "./rules/customer-suppression-reason";
import { customerSuppressionRule } from "./rules/customer-suppression-rule";
import { environmentDefinitions } from "./rules/environment-definitions";
import { environmentUrlCanonical } from "./rules/environment-url-canonical";
import { environmentUrlHttps } from "./rules/environment-url-https";
import { grantServiceInEnvironment } from "./rules/grant-service-in-environment";
import { keycloakColumnLimits } from "./rules/keycloak-column-limits";
import { nameNotRuntimeReserved } from "./rules/name-not-runtime-reserved";
import { serviceEnvironments } from "./rules/service-environments";
import { textNoControlCharacters } from "./rules/text-no-control-characters";
import { textNoInvisibleCharacters } from "./rules/text-no-invisible-characters";
import { textNoTerraformTemplate } from "./rules/text-no-terraform-template";
import { textNormalized } from "./rules/text-normalized";
import { textSingleScript } from "./rules/text-single-script";
import { serviceFields } from "./rules/service-fields";
import { servicePermissions } from "./rules/service-permissions";

/** Every rule, in the order their problems are reported. */
export const RULES: readonly Rule[] = [
  clientIdMatchesFileName,
  clientIdFormat,
  clientIdNotReserved,
  nameNotRuntimeReserved,
  clientIdUnique,
  customerFields,
  customerGrants,
  customerEnvironments,
  customerSuppressionRule,
  customerSuppressionReason,
  grantServiceInEnvironment,
  serviceFields,
  servicePermissions,
  serviceEnvironments,
  textNoControlCharacters,
  textNoInvisibleCharacters,
  textNormalized,
  textSingleScript,
  textNoTerraformTemplate,
  keycloakColumnLimits,
  environmentDefinitions,
  environmentUrlCanonical,
  environmentUrlHttps,
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
