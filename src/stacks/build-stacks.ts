import type { Construct } from "constructs";
import type { Catalog } from "../catalog/catalog";
import { EnvironmentStack } from "./environment-stack";

/**
 * One {@link EnvironmentStack} per declared environment, each with the services and customers that
 * exist there.
 */
export function buildStacks(app: Construct, catalog: Catalog): EnvironmentStack[] {
  return Object.entries(catalog.environments).map(
    ([name, environment]) =>
      new EnvironmentStack(app, name, {
        environment,
        services: catalog.services.map(({ definition }) => definition).filter((service) => service.existsIn(name)),
        customers: catalog.customers
          .map(({ definition }) => definition)
          .filter((customer) => (customer.environments as readonly string[]).includes(name)),
      }),
  );
}
