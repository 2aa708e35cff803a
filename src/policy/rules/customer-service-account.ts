import { isCustomerClient, shown, type PolicyRule } from "../policy-rule";

/** The client-credentials grant, the only one a customer uses, needs the service account. */
export const customerServiceAccount = {
  id: "CUSTOMER-SERVICE-ACCOUNT",
  reason: "A customer client has its service account on: the client-credentials grant is how it gets tokens.",
  check: (resource) =>
    isCustomerClient(resource) && resource.attributes.service_accounts_enabled !== true
      ? [`${shown("service_accounts_enabled", resource.attributes.service_accounts_enabled)}: must be true`]
      : [],
} satisfies PolicyRule;
