import { isCustomerClient, shown, type PolicyRule } from "../policy-rule";

/** The implicit flow hands tokens to a browser through the URL; OAuth 2.1 drops it. */
export const customerNoImplicitFlow = {
  id: "CUSTOMER-NO-IMPLICIT-FLOW",
  reason: "A customer client has the implicit flow off: it leaks tokens through URLs.",
  check: (resource) =>
    isCustomerClient(resource) && resource.attributes.implicit_flow_enabled !== false
      ? [`${shown("implicit_flow_enabled", resource.attributes.implicit_flow_enabled)}: must be false`]
      : [],
} satisfies PolicyRule;
