import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A client is adopted only where the customer exists; elsewhere the entry would do nothing, silently. */
export const customerAdoptEnvironment: Rule = {
  id: "customer-adopt-environment",
  description: "A customer adopts clients only in environments it lists.",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const listed = Array.isArray(definition.environments) ? (definition.environments as readonly string[]) : [];
      const adopt = typeof definition.adopt === "object" && definition.adopt !== null ? definition.adopt : {};
      return Object.keys(adopt)
        .filter((environment) => !listed.includes(environment))
        .map((environment) =>
          problemIn(customerAdoptEnvironment.id, file)(
            `adopt.${environment}`,
            environment,
            `must be one of the customer's environments (${listed.join(", ")})`,
          ),
        );
    }),
};
