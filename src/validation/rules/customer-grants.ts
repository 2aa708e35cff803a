import type { ServiceDefinition } from "../../definitions/service";
import { problemIn, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * What a customer is granted must exist: a service from `scopes/` and permissions it declares.
 * The compiler already checks typed files; this catches the rest (casts, plain JavaScript).
 */
export const customerGrants: Rule = {
  id: "customer-grants",
  description:
    "A customer is granted at least one service; each service is declared in scopes/ and granted once, with permissions it declares.",
  check: (catalog) => {
    const services = new Map(catalog.services.map(({ definition }) => [definition.clientId, definition]));
    return catalog.customers.flatMap((customer) => grantProblems(customer.file, customer.definition.grants, services));
  },
};

function grantProblems(
  file: string,
  grants: unknown,
  services: ReadonlyMap<string, ServiceDefinition>,
): Problem[] {
  const problem = problemIn(customerGrants.id, file);
  if (!Array.isArray(grants) || grants.length === 0) {
    return [problem("grants", grants, "must grant at least one service, e.g. `grants: [ordersApi.grant(\"orders:read\")]`")];
  }
  const known = [...services.keys()].join(", ") || "none declared";
  const seen = new Set<string>();
  return grants.flatMap((grant: unknown, index): Problem[] => {
    const serviceClientId = (grant as { service?: { clientId?: unknown } } | null)?.service?.clientId;
    const service = typeof serviceClientId === "string" ? services.get(serviceClientId) : undefined;
    if (service === undefined) {
      return [problem(`grants[${index}].service`, serviceClientId, `is not a service declared in scopes/ (${known})`)];
    }
    if (seen.has(service.clientId)) {
      return [problem(`grants[${index}].service`, service.clientId, "is granted twice; list all its permissions in one grant")];
    }
    seen.add(service.clientId);
    const permissions: unknown = (grant as { permissions?: unknown }).permissions;
    if (!Array.isArray(permissions) || permissions.length === 0) {
      return [problem(`grants[${index}].permissions`, permissions, `must name at least one permission of ${service.clientId}`)];
    }
    return permissions.flatMap((permission: unknown, p): Problem[] => {
      const field = `grants[${index}].permissions[${p}]`;
      if (typeof permission !== "string" || !service.permissions.includes(permission)) {
        return [problem(field, permission, `is not a permission of ${service.clientId} (${service.permissions.join(", ")})`)];
      }
      if (permissions.indexOf(permission) !== p) return [problem(field, permission, "is listed twice")];
      return [];
    });
  });
}
