import { BUILT_IN_CLIENT_IDS } from "../../keycloak/built-in-clients";
import { referenced, shown, type PolicyResource, type PolicyRule } from "../policy-rule";

/** The grant resources that give a customer's service account or scope a role. */
const CLIENT_ROLE_GRANTS = ["keycloak_openid_client_service_account_role"];
const REALM_ROLE_GRANTS = ["keycloak_openid_client_service_account_realm_role"];
const ROLE_MAPPERS = ["keycloak_generic_role_mapper", "keycloak_generic_client_role_mapper"];

/** The clientId of the client a role belongs to, through the grant's references. */
function roleClientId(grant: PolicyResource): { clientId: unknown; role: unknown } | undefined {
  if (CLIENT_ROLE_GRANTS.includes(grant.type)) {
    return { clientId: referenced(grant, grant.attributes.client_id)?.attributes.client_id, role: grant.attributes.role };
  }
  const role = referenced(grant, grant.attributes.role_id);
  if (role === undefined) return undefined;
  if (role.attributes.client_id === undefined) return { clientId: undefined, role: role.attributes.name };
  return { clientId: referenced(grant, role.attributes.client_id)?.attributes.client_id, role: role.attributes.name };
}

/**
 * A customer holds only the permissions of the services it is granted: never a realm role (the
 * realm's admin roles are realm roles or roles of `realm-management`), never a role of a client
 * Keycloak creates in every realm.
 */
export const customerNoAdminRoles = {
  id: "CUSTOMER-NO-ADMIN-ROLES",
  reason: "A customer is granted roles of services only: no realm role, no role of realm-management or another built-in client.",
  check: (resource) => {
    if (resource.block !== "resource" || resource.customer === undefined) return [];
    if (REALM_ROLE_GRANTS.includes(resource.type)) {
      return [`${shown("role", resource.attributes.role)}: is a realm role; grant a service's permission instead`];
    }
    if (!CLIENT_ROLE_GRANTS.includes(resource.type) && !ROLE_MAPPERS.includes(resource.type)) return [];
    const granted = roleClientId(resource);
    if (granted === undefined) return [];
    if (granted.clientId === undefined && ROLE_MAPPERS.includes(resource.type)) {
      return [`${shown("role", granted.role)}: is a realm role; grant a service's permission instead`];
    }
    if (typeof granted.clientId === "string" && BUILT_IN_CLIENT_IDS.includes(granted.clientId)) {
      return [`${shown("role", granted.role)}: is a role of ${granted.clientId}, a client Keycloak uses to administer the realm`];
    }
    return [];
  },
} satisfies PolicyRule;
