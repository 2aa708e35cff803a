import { isCustomerClient, shown, type PolicyRule } from "../policy-rule";

/** The authorization-code (browser) flow needs a user and a browser; a customer's key has neither. */
export const customerNoStandardFlow = {
  id: "CUSTOMER-NO-STANDARD-FLOW",
  reason: "A customer client has the browser (authorization code) flow off: it gets tokens with its secret only.",
  check: (resource) =>
    isCustomerClient(resource) && resource.attributes.standard_flow_enabled !== false
      ? [`${shown("standard_flow_enabled", resource.attributes.standard_flow_enabled)}: must be false`]
      : [],
} satisfies PolicyRule;
