import type { CustomerDefinition } from "../definitions/customer";
import type { ServiceDefinition } from "../definitions/service";

/**
 * The texts the constructs build from definition fields and send to Keycloak. They live here, not
 * inline in the constructs, so the validation rules check exactly what is sent (see
 * `src/validation/sent-texts.ts` and the column limits in `src/keycloak/column-limits.ts`).
 */

/** The description of a customer's client, as shown in Keycloak's admin console. */
export function customerClientDescription(customer: Pick<CustomerDefinition, "name" | "contact">): string {
  return `API key of ${customer.name}. Contact: ${customer.contact}`;
}

/** The name of a service's audience client scope. */
export function audienceScopeName(service: Pick<ServiceDefinition, "clientId">): string {
  return `${service.clientId}-audience`;
}

/** The description of a service's audience client scope. */
export function audienceScopeDescription(service: Pick<ServiceDefinition, "clientId" | "description">): string {
  return `Puts ${service.clientId} into the token's aud. ${service.description}`;
}

/** The description of the client role that stands for one permission of a service. */
export function permissionRoleDescription(service: Pick<ServiceDefinition, "clientId">, permission: string): string {
  return `${service.clientId}: ${permission}`;
}
