import { isCustomerClient, shown, type PolicyRule } from "../policy-rule";

/** The password grant ("direct access grants") lets the client log in as a user of the realm. */
export const customerNoPasswordGrant = {
  id: "CUSTOMER-NO-PASSWORD-GRANT",
  reason: "A customer client has the password grant off: it must not log in as users of the realm.",
  check: (resource) =>
    isCustomerClient(resource) && resource.attributes.direct_access_grants_enabled !== false
      ? [`${shown("direct_access_grants_enabled", resource.attributes.direct_access_grants_enabled)}: must be false`]
      : [],
} satisfies PolicyRule;
