import { createHash } from "node:crypto";
import * as path from "node:path";
import type { EnvironmentDefinition, StateBackend } from "../definitions/environment";

/*
 * How an environment's customers are spread over stacks. With `customerShards` unset (or 1) an
 * environment is one stack, named like the environment, with the state it declares. With N > 1 it
 * is a base stack `<env>-base` (realm, services, audience scopes) and N customer stacks
 * `<env>-customers-<k>`, each with its own state beside the declared one, so onboarding a customer
 * plans and applies one shard: its cost depends on the shard's size, not on the environment's.
 *
 * A customer's shard is a hash of its clientId modulo N: it never moves while N stays, and adding
 * or removing other customers never moves it. Changing N (or going from one stack to shards) moves
 * customers between states; `npm run shard-state -- <env>` does that without touching Keycloak.
 */

/** The declared shard count of an environment (1 when unset). */
export function shardCountOf(environment: EnvironmentDefinition): number {
  return environment.customerShards ?? 1;
}

/** True when the environment is a base stack plus customer stacks. */
export function isSharded(environment: EnvironmentDefinition): boolean {
  return shardCountOf(environment) > 1;
}

/** Index of the shard that holds `clientId`, among `shardCount`. */
export function shardIndexOf(clientId: string, shardCount: number): number {
  return createHash("sha256").update(clientId).digest().readUInt32BE(0) % shardCount;
}

/** Name of the base stack of a sharded environment. */
export function baseStackName(environmentName: string): string {
  return `${environmentName}-base`;
}

/** Name of a customer stack, its index zero-padded so stacks sort in order. */
export function shardStackName(environmentName: string, index: number, shardCount: number): string {
  return `${environmentName}-customers-${String(index).padStart(String(shardCount - 1).length, "0")}`;
}

/** Every stack of an environment, the one that owns the realm and services first. */
export function stackNamesOf(environmentName: string, environment: EnvironmentDefinition): string[] {
  const count = shardCountOf(environment);
  if (count <= 1) return [environmentName];
  return [baseStackName(environmentName), ...Array.from({ length: count }, (_, index) => shardStackName(environmentName, index, count))];
}

/** The stack that holds a customer's client (and its secret output) in an environment. */
export function customerStackName(environmentName: string, environment: EnvironmentDefinition, clientId: string): string {
  const count = shardCountOf(environment);
  return count <= 1 ? environmentName : shardStackName(environmentName, shardIndexOf(clientId, count), count);
}

/**
 * Where a stack of a sharded environment keeps its state: beside the declared state, with the
 * stack's part of the name before the extension (`state/sandbox.tfstate` gives
 * `state/sandbox.customers-3.tfstate`). The declared location itself is the one-stack state, which
 * the base stack checks is empty.
 */
export function stackState(state: StateBackend, environmentName: string, stackName: string): StateBackend {
  if (stackName === environmentName) return state;
  const part = stackName.slice(environmentName.length + 1);
  const beside = (location: string) => {
    const extension = path.posix.extname(location);
    return `${location.slice(0, location.length - extension.length)}.${part}${extension}`;
  };
  return state.backend === "local" ? { ...state, path: beside(state.path) } : { ...state, key: beside(state.key) };
}

/** The environment a stack belongs to (the one-stack environment itself, its base or one of its shards). */
export function environmentOfStack(
  environments: Readonly<Record<string, EnvironmentDefinition>>,
  stackName: string,
): { environmentName: string; environment: EnvironmentDefinition } | undefined {
  for (const [environmentName, environment] of Object.entries(environments)) {
    if (stackNamesOf(environmentName, environment).includes(stackName)) return { environmentName, environment };
  }
  return undefined;
}
