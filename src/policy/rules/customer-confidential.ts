import { isCustomerClient, shown, type PolicyRule } from "../policy-rule";

/** A public client has no secret: anyone who knows its clientId could get its tokens. */
export const customerConfidential = {
  id: "CUSTOMER-CONFIDENTIAL",
  reason: "A customer client is confidential: its tokens are only issued against its secret.",
  check: (resource) =>
    isCustomerClient(resource) && resource.attributes.access_type !== "CONFIDENTIAL"
      ? [`${shown("access_type", resource.attributes.access_type)}: must be "CONFIDENTIAL"`]
      : [],
} satisfies PolicyRule;
