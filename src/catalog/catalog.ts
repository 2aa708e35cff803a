import type { CustomerDefinition } from "../definitions/customer";
import type { EnvironmentDefinition } from "../definitions/environment";
import type { ServiceDefinition } from "../definitions/service";

/** A definition together with the file it came from, so every problem can name its file. */
export interface Sourced<T> {
  /** Project-relative path, e.g. `clients/acme-logistics.ts`. */
  readonly file: string;
  readonly definition: T;
}

/** Everything the stacks are built from: all services, all customers, all environments. */
export interface Catalog {
  readonly services: readonly Sourced<ServiceDefinition>[];
  readonly customers: readonly Sourced<CustomerDefinition>[];
  readonly environments: Readonly<Record<string, EnvironmentDefinition>>;
  /** Project-relative path of the environments file, for problems about environments. */
  readonly environmentsFile: string;
}
