import type { PolicyRule } from "../policy-rule";
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
import { tokenLifespanBounds } from "./token-lifespan-bounds";

/** Every policy rule, in the order their findings are reported. */
export const POLICY_RULES: readonly PolicyRule[] = [
  customerNoStandardFlow,
  customerNoImplicitFlow,
  customerNoPasswordGrant,
  customerConfidential,
  customerServiceAccount,
  customerNoRedirectUris,
  customerNoWebOrigins,
  customerNoAdminRoles,
  customerNoOptionalScopes,
  noSecretLiteral,
  tokenLifespanBounds,
];

/** The id of a policy rule, as a customer names it to suppress the rule. */
export type PolicyRuleId =
  | "CUSTOMER-NO-STANDARD-FLOW"
  | "CUSTOMER-NO-IMPLICIT-FLOW"
  | "CUSTOMER-NO-PASSWORD-GRANT"
  | "CUSTOMER-CONFIDENTIAL"
  | "CUSTOMER-SERVICE-ACCOUNT"
  | "CUSTOMER-NO-REDIRECT-URIS"
  | "CUSTOMER-NO-WEB-ORIGINS"
  | "CUSTOMER-NO-ADMIN-ROLES"
  | "CUSTOMER-NO-OPTIONAL-SCOPES"
  | "NO-SECRET-LITERAL"
  | "TOKEN-LIFESPAN-BOUNDS";
