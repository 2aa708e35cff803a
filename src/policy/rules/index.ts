import type { PolicyRule } from "../policy-rule";
import { POLICY_RULE_IDS, type PolicyRuleId } from "../rule-ids";
import { customerConfidential } from "./customer-confidential";
import { customerNoAdminRoles } from "./customer-no-admin-roles";
import { customerNoImplicitFlow } from "./customer-no-implicit-flow";
import { customerNoOptionalScopes } from "./customer-no-optional-scopes";
import { customerNoPasswordGrant } from "./customer-no-password-grant";
import { customerNoRedirectUris } from "./customer-no-redirect-uris";
import { customerNoStandardFlow } from "./customer-no-standard-flow";
import { customerNoWebOrigins } from "./customer-no-web-origins";
import { customerServiceAccount } from "./customer-service-account";
import { noSecretLiteral } from "./no-secret-literal";
import { secretGraceBounds } from "./secret-grace-bounds";
import { tokenLifespanBounds } from "./token-lifespan-bounds";

/** Each rule by its id: one entry per id of rule-ids.ts, and the rule's own id is its key. */
const RULE_BY_ID: { readonly [Id in PolicyRuleId]: PolicyRule<Id> } = {
  "CUSTOMER-NO-STANDARD-FLOW": customerNoStandardFlow,
  "CUSTOMER-NO-IMPLICIT-FLOW": customerNoImplicitFlow,
  "CUSTOMER-NO-PASSWORD-GRANT": customerNoPasswordGrant,
  "CUSTOMER-CONFIDENTIAL": customerConfidential,
  "CUSTOMER-SERVICE-ACCOUNT": customerServiceAccount,
  "CUSTOMER-NO-REDIRECT-URIS": customerNoRedirectUris,
  "CUSTOMER-NO-WEB-ORIGINS": customerNoWebOrigins,
  "CUSTOMER-NO-ADMIN-ROLES": customerNoAdminRoles,
  "CUSTOMER-NO-OPTIONAL-SCOPES": customerNoOptionalScopes,
  "NO-SECRET-LITERAL": noSecretLiteral,
  "TOKEN-LIFESPAN-BOUNDS": tokenLifespanBounds,
  "SECRET-GRACE-BOUNDS": secretGraceBounds,
};

/** Every policy rule, in the order their findings are reported (that of rule-ids.ts). */
export const POLICY_RULES: readonly PolicyRule[] = POLICY_RULE_IDS.map((id) => RULE_BY_ID[id]);
