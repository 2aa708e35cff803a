/**
 * The id of every policy rule, in the order their findings are reported: a customer names one to
 * suppress the rule. Kept apart from the rules so definitions/ type a suppression without
 * importing the policy; rules/index.ts maps each id to its rule, and the compiler refuses an id
 * without a rule or a rule whose id is not here.
 */
export const POLICY_RULE_IDS = [
  "CUSTOMER-NO-STANDARD-FLOW",
  "CUSTOMER-NO-IMPLICIT-FLOW",
  "CUSTOMER-NO-PASSWORD-GRANT",
  "CUSTOMER-CONFIDENTIAL",
  "CUSTOMER-SERVICE-ACCOUNT",
  "CUSTOMER-NO-REDIRECT-URIS",
  "CUSTOMER-NO-WEB-ORIGINS",
  "CUSTOMER-NO-ADMIN-ROLES",
  "CUSTOMER-NO-OPTIONAL-SCOPES",
  "NO-SECRET-LITERAL",
  "TOKEN-LIFESPAN-BOUNDS",
  "SECRET-GRACE-BOUNDS",
] as const;

/** The id of a policy rule, as a customer names it to suppress the rule. */
export type PolicyRuleId = (typeof POLICY_RULE_IDS)[number];

/** True when `value` is the id of a policy rule. */
export function isPolicyRuleId(value: unknown): value is PolicyRuleId {
  return (POLICY_RULE_IDS as readonly unknown[]).includes(value);
}
