import { problemIn, type Problem } from "../../problem";
import type { Rule } from "../rule";

/**
 * A customer is granted a service only in environments where the service exists: elsewhere its
 * audience scope and roles are not there to grant.
 */
export const grantServiceInEnvironment: Rule = {
  id: "grant-service-in-environment",
  description: "Every service a customer is granted exists in each of the customer's environments.",
  check: (catalog) => {
    const services = new Map(catalog.services.map(({ definition }) => [definition.clientId, definition]));
    return catalog.customers.flatMap(({ file, definition }): Problem[] => {
      const grants: unknown = definition.grants;
      const environments: unknown = definition.environments;
      if (!Array.isArray(grants) || !Array.isArray(environments)) return [];
      return grants.flatMap((grant: unknown, index): Problem[] => {
        const service = services.get((grant as { service?: { clientId?: string } } | null)?.service?.clientId ?? "");
        if (service?.environments === undefined) return [];
        const missing = environments.filter((name): name is string => typeof name === "string" && !service.existsIn(name));
        if (missing.length === 0) return [];
        return [
          problemIn(grantServiceInEnvironment.id, file)(
            `grants[${index}].service`,
            service.clientId,
            `does not exist in ${missing.join(", ")} (it exists in ${service.environments.join(", ")}); grant it only where it exists`,
          ),
        ];
      });
    });
  },
};
