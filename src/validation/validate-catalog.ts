import type { Catalog } from "../catalog/catalog";
import { DefinitionError, type Problem } from "../problem";
import type { Rule } from "./rule";
import { clientIdFormat } from "./rules/client-id-format";
import { clientIdMatchesFileName } from "./rules/client-id-matches-file-name";
import { clientIdNotReserved } from "./rules/client-id-not-reserved";
import { clientIdUnique } from "./rules/client-id-unique";
import { customerContact } from "./rules/customer-contact";
import { customerEnabled } from "./rules/customer-enabled";
import { customerEnvironmentsPresent } from "./rules/customer-environments-present";
import { customerGrantsPresent } from "./rules/customer-grants-present";
import { customerName } from "./rules/customer-name";
import { customerAdoptEnvironment } from "./rules/customer-adopt-environment";
import { customerAdoptId } from "./rules/customer-adopt-id";
import { customerSecretRotation } from "./rules/customer-secret-rotation";
import { customerTokenLifespan } from "./rules/customer-token-lifespan";
import { customerProofShape } from "./rules/customer-proof-shape";
import { customerProofJwksUrl } from "./rules/customer-proof-jwks-url";
import { customerProofCertificate } from "./rules/customer-proof-certificate";
import { customerProofEngine } from "./rules/customer-proof-engine";
import { customerProofNoSecret } from "./rules/customer-proof-no-secret";
import { customerSuppressionsList } from "./rules/customer-suppressions-list";
import { customerSuppressionReason } from "./rules/customer-suppression-reason";
import { customerSuppressionRuleKnown } from "./rules/customer-suppression-rule-known";
import { customerSuppressionRuleOnce } from "./rules/customer-suppression-rule-once";
import { environmentDeclared } from "./rules/environment-declared";
import { environmentListedOnce } from "./rules/environment-listed-once";
import { environmentName } from "./rules/environment-name";
import { environmentRealmCreate } from "./rules/environment-realm-create";
import { environmentRealmName } from "./rules/environment-realm-name";
import { environmentRealmNotMaster } from "./rules/environment-realm-not-master";
import { environmentStateBackend } from "./rules/environment-state-backend";
import { environmentStateLocalPath } from "./rules/environment-state-local-path";
import { environmentStateOnce } from "./rules/environment-state-once";
import { environmentStacksDistinct } from "./rules/environment-stacks-distinct";
import { environmentRealmOnce } from "./rules/environment-realm-once";
import { environmentStateLocked } from "./rules/environment-state-locked";
import { environmentCustomerShards } from "./rules/environment-customer-shards";
import { environmentSecrets } from "./rules/environment-secrets";
import { environmentUsageRetention } from "./rules/environment-usage-retention";
import { environmentStateS3 } from "./rules/environment-state-s3";
import { environmentUrlCanonical } from "./rules/environment-url-canonical";
import { environmentUrlHttp } from "./rules/environment-url-http";
import { environmentUrlHttps } from "./rules/environment-url-https";
import { environmentUrlNoAuthPath } from "./rules/environment-url-no-auth-path";
import { environmentsPresent } from "./rules/environments-present";
import { grantPermissionDeclared } from "./rules/grant-permission-declared";
import { grantPermissionOnce } from "./rules/grant-permission-once";
import { grantPermissionsPresent } from "./rules/grant-permissions-present";
import { grantServiceDeclared } from "./rules/grant-service-declared";
import { grantServiceInEnvironment } from "./rules/grant-service-in-environment";
import { grantServiceOnce } from "./rules/grant-service-once";
import { keycloakColumnLimits } from "./rules/keycloak-column-limits";
import { nameNotRuntimeReserved } from "./rules/name-not-runtime-reserved";
import { noSecretInText } from "./rules/no-secret-in-text";
import { serviceClientOwnership } from "./rules/service-client-ownership";
import { serviceDescription } from "./rules/service-description";
import { serviceEnvironmentsPresent } from "./rules/service-environments-present";
import { servicePermissionFormat } from "./rules/service-permission-format";
import { servicePermissionOnce } from "./rules/service-permission-once";
import { servicePermissionsPresent } from "./rules/service-permissions-present";
import { stateEncryption } from "./rules/state-encryption";
import { textNoControlCharacters } from "./rules/text-no-control-characters";
import { textNoInvisibleCharacters } from "./rules/text-no-invisible-characters";
import { textNoTerraformTemplate } from "./rules/text-no-terraform-template";
import { textNormalized } from "./rules/text-normalized";
import { textSingleScript } from "./rules/text-single-script";

/** Every rule, in the order their problems are reported. */
export const RULES: readonly Rule[] = [
  clientIdMatchesFileName,
  clientIdFormat,
  clientIdNotReserved,
  nameNotRuntimeReserved,
  clientIdUnique,
  customerName,
  customerContact,
  customerEnabled,
  customerSecretRotation,
  customerTokenLifespan,
  customerProofShape,
  customerProofJwksUrl,
  customerProofCertificate,
  customerProofEngine,
  customerProofNoSecret,
  customerAdoptEnvironment,
  customerAdoptId,
  customerGrantsPresent,
  grantServiceDeclared,
  grantServiceOnce,
  grantPermissionsPresent,
  grantPermissionDeclared,
  grantPermissionOnce,
  grantServiceInEnvironment,
  customerEnvironmentsPresent,
  customerSuppressionsList,
  customerSuppressionRuleKnown,
  customerSuppressionRuleOnce,
  customerSuppressionReason,
  serviceDescription,
  serviceClientOwnership,
  servicePermissionsPresent,
  servicePermissionFormat,
  servicePermissionOnce,
  serviceEnvironmentsPresent,
  environmentDeclared,
  environmentListedOnce,
  textNoControlCharacters,
  textNoInvisibleCharacters,
  textNormalized,
  textSingleScript,
  textNoTerraformTemplate,
  keycloakColumnLimits,
  environmentsPresent,
  environmentName,
  environmentUrlHttp,
  environmentUrlNoAuthPath,
  environmentUrlCanonical,
  environmentUrlHttps,
  environmentRealmName,
  environmentRealmNotMaster,
  environmentRealmCreate,
  environmentStateBackend,
  environmentStateLocalPath,
  environmentStateOnce,
  environmentStateS3,
  environmentStateLocked,
  environmentCustomerShards,
  environmentSecrets,
  environmentUsageRetention,
  environmentStacksDistinct,
  environmentRealmOnce,
  stateEncryption,
  noSecretInText,
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
