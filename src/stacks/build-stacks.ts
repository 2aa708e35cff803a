import { Aspects } from "cdktf";
import type { Construct } from "constructs";
import type { Catalog } from "../catalog/catalog";
import { CustomerPolicy } from "../policy/customer-policy";
import { EnvironmentStack } from "./environment-stack";

/**
 * One {@link EnvironmentStack} per declared environment, each with the services and customers that
 * exist there, and the policy rules as an Aspect: synthesizing a stack collects its findings
 * (`CustomerPolicy.findingsOf`).
 */
export function buildStacks(app: Construct, catalog: Catalog): EnvironmentStack[] {
  const policy = new CustomerPolicy({
    customers: new Map(
      catalog.customers.map(({ file, definition }) => [definition.clientId, { file, suppressions: definition.suppressions ?? [] }]),
    ),
  });
  const stacks = Object.entries(catalog.environments).map(
    ([name, environment]) =>
      new EnvironmentStack(app, name, {
        environment,
        services: catalog.services.map(({ definition }) => definition).filter((service) => service.existsIn(name)),
        customers: catalog.customers
          .map(({ definition }) => definition)
          .filter((customer) => (customer.environments as readonly string[]).includes(name)),
      }),
  );
  for (const stack of stacks) Aspects.of(stack).add(policy);
  return stacks;
}
