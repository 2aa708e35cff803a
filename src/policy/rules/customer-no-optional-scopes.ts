import { isCustomerClient, resourcesWhere, shown, type PolicyRule } from "../policy-rule";

/**
 * Optional scopes are what a client may ask for with `scope=`: without an empty list of its own a
 * customer client keeps the realm's (offline_access, address, phone...), and gets offline tokens.
 */
export const customerNoOptionalScopes = {
  id: "CUSTOMER-NO-OPTIONAL-SCOPES",
  reason: "A customer client has an empty list of optional scopes: it cannot widen its token with `scope=`.",
  check: (resource) => {
    if (resource.block === "resource" && resource.type === "keycloak_openid_client_optional_scopes" && resource.customer !== undefined) {
      const scopes = resource.attributes.optional_scopes;
      return Array.isArray(scopes) && scopes.length === 0 ? [] : [`${shown("optional_scopes", scopes)}: must be []`];
    }
    if (!isCustomerClient(resource)) return [];
    const reference = `\${keycloak_openid_client.${resource.logicalId}.id}`;
    const own = resourcesWhere(resource, "keycloak_openid_client_optional_scopes", "client_id", reference);
    return own.length > 0 ? [] : ["has no keycloak_openid_client_optional_scopes: it keeps the realm's optional scopes; give it an empty list"];
  },
} satisfies PolicyRule;
