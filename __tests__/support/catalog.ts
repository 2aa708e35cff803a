import type { Catalog } from "../../src/catalog/catalog";
import { defineCustomer, type CustomerDefinition, type CustomerProps } from "../../src/definitions/customer";
import type { EnvironmentDefinition } from "../../src/definitions/environment";
import { defineService, type ServiceDefinition, type ServiceProps } from "../../src/definitions/service";

/** A sandbox environment with a realm the stack creates and a local state file. */
export const SANDBOX: EnvironmentDefinition = {
  keycloakUrl: "http://127.0.0.1:8080",
  realm: { name: "atlas", create: true },
  state: { backend: "local", path: "state/sandbox.tfstate" },
};

/** A service with two permissions, managed by the stack unless `overrides` say otherwise. */
export function ordersService(overrides: Partial<ServiceProps<string>> = {}): ServiceDefinition {
  return defineService({
    clientId: "orders-api",
    description: "Orders API",
    permissions: ["orders:read", "orders:write"],
    ...overrides,
  });
}

/** A valid customer of `service`, in the sandbox, changed by `overrides`. */
export function customerOf(service: ServiceDefinition, overrides: Partial<CustomerProps> = {}): CustomerDefinition {
  return defineCustomer({
    clientId: "acme-logistics",
    name: "Acme Logistics",
    contact: "api@acme.example",
    grants: [service.grant("orders:read")],
    environments: ["sandbox"],
    ...overrides,
  });
}

/**
 * A catalog as the loader would build it; each definition's file is named after its clientId
 * unless given as `[file, definition]`.
 */
export function catalogOf(parts: {
  services?: readonly (ServiceDefinition | readonly [string, ServiceDefinition])[];
  customers?: readonly (CustomerDefinition | readonly [string, CustomerDefinition])[];
  environments?: Record<string, EnvironmentDefinition>;
}): Catalog {
  const sourced = <T extends { clientId: string }>(folder: string, entry: T | readonly [string, T]) =>
    Array.isArray(entry) ? { file: entry[0] as string, definition: entry[1] as T } : { file: `${folder}/${(entry as T).clientId}.ts`, definition: entry as T };
  return {
    services: (parts.services ?? []).map((entry) => sourced("scopes", entry)),
    customers: (parts.customers ?? []).map((entry) => sourced("clients", entry)),
    environments: parts.environments ?? { sandbox: SANDBOX },
    environmentsFile: "environments.ts",
  };
}
