import { Aspects, type TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Catalog } from "../catalog/catalog";
import { CustomerPolicy } from "../policy/customer-policy";
import type { CustomerDefinition } from "../definitions/customer";
import type { EnvironmentDefinition } from "../definitions/environment";
import type { ServiceDefinition } from "../definitions/service";
import { isSharded, shardCountOf, shardIndexOf, stackNamesOf, stackState } from "./customer-shards";
import { CustomerShardStack, EnvironmentStack } from "./environment-stack";

/**
 * One {@link EnvironmentStack} per declared environment, each with the services and customers that
 * exist there (or, sharded, a base stack and customer stacks), and the policy rules as an Aspect:
 * synthesizing a stack collects its findings (`CustomerPolicy.findingsOf`). With `only`, just the
 * stacks it names are built: a plan of one shard does not pay for the others.
 */
export function buildStacks(app: Construct, catalog: Catalog, only?: ReadonlySet<string>): TerraformStack[] {
  const policy = new CustomerPolicy({
    customers: new Map(catalog.customers.map(({ file, definition }) => [definition.clientId, { file, suppressions: definition.suppressions ?? [] }])),
  });
  const stacks = Object.entries(catalog.environments).flatMap(([name, environment]) => {
    const services = catalog.services.map(({ definition }) => definition).filter((service) => service.existsIn(name));
    const customers = catalog.customers.map(({ definition }) => definition).filter((customer) => (customer.environments as readonly string[]).includes(name));
    if (!isSharded(environment)) return only && !only.has(name) ? [] : [new EnvironmentStack(app, name, { environment, services, customers })];
    return shardedEnvironment(app, name, environment, services, customers, only);
  });
  for (const stack of stacks) Aspects.of(stack).add(policy);
  return stacks;
}

/**
 * A base stack with the realm and services, and one stack per shard with its customers, each
 * deployed after the base (`cdktf deploy` orders them, and runs the shards in parallel).
 */
function shardedEnvironment(
  app: Construct,
  name: string,
  environment: EnvironmentDefinition,
  services: readonly ServiceDefinition[],
  customers: readonly CustomerDefinition[],
  only: ReadonlySet<string> | undefined,
): TerraformStack[] {
  const count = shardCountOf(environment);
  const [baseName, ...shardNames] = stackNamesOf(name, environment) as [string, ...string[]];
  const selected = (stack: string) => !only || only.has(stack);
  const base = selected(baseName)
    ? new EnvironmentStack(app, baseName, {
        environment,
        services,
        customers: [],
        state: stackState(environment.state, name, baseName),
        environmentName: name,
        customerShards: count,
      })
    : undefined;
  const customersByShard = new Map<number, CustomerDefinition[]>();
  for (const customer of customers) {
    const index = shardIndexOf(customer.clientId, count);
    const group = customersByShard.get(index);
    if (group) group.push(customer);
    else customersByShard.set(index, [customer]);
  }
  const shards = shardNames.flatMap((shardName, index) => {
    if (!selected(shardName)) return [];
    const shard = new CustomerShardStack(app, shardName, name, {
      environment,
      services,
      customers: customersByShard.get(index) ?? [],
      state: stackState(environment.state, name, shardName),
    });
    if (base) shard.addDependency(base);
    return [shard];
  });
  return [...(base ? [base] : []), ...shards];
}
