import { isCustomerClient, shown, type PolicyRule } from "../policy-rule";

/** Web origins open Keycloak's CORS to browsers; a customer's backend calls it server to server. */
export const customerNoWebOrigins = {
  id: "CUSTOMER-NO-WEB-ORIGINS",
  reason: "A customer client has no web origins: its key is used server to server, never from a browser.",
  check: (resource) => {
    const value = resource.attributes.web_origins;
    return isCustomerClient(resource) && value !== undefined && !(Array.isArray(value) && value.length === 0)
      ? [`${shown("web_origins", value)}: must be empty`]
      : [];
  },
} satisfies PolicyRule;
