import type { CustomerDefinition } from "../../src/definitions/customer";

/** What a customer file says, in plain data: what tests change and what tokens must show. */
export interface CustomerSpec {
  readonly clientId: string;
  readonly name: string;
  readonly contact: string;
  /** Granted permissions by service clientId. */
  readonly grants: Readonly<Record<string, readonly string[]>>;
  readonly environments: readonly string[];
  readonly enabled: boolean;
  /** The rotation marker; none keeps the first secret. */
  readonly secretRotation?: string;
  /** Keycloak ids of existing clients to adopt, by environment. */
  readonly adopt?: Readonly<Record<string, string>>;
  /** How long its access tokens live, e.g. `"2m"`; none keeps the default. */
  readonly accessTokenLifespan?: string;
}

/** The spec of a loaded customer definition. */
export function specOf(definition: CustomerDefinition): CustomerSpec {
  return {
    clientId: definition.clientId,
    name: definition.name,
    contact: definition.contact,
    grants: Object.fromEntries(definition.grants.map((grant) => [grant.service.clientId, [...grant.permissions]])),
    environments: [...definition.environments],
    enabled: definition.enabled,
    ...(definition.secretRotation === undefined ? {} : { secretRotation: definition.secretRotation }),
  };
}

/** `orders-api` → `ordersApi`, the name a customer file imports a service under. */
function importName(serviceClientId: string): string {
  return serviceClientId.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** The source of `clients/<clientId>.ts` as a person would write it for `spec`. */
export function customerFile(spec: CustomerSpec): string {
  const services = Object.keys(spec.grants);
  const grants = Object.entries(spec.grants).map(
    ([service, permissions]) => `${importName(service)}.grant(${permissions.map((p) => JSON.stringify(p)).join(", ")})`,
  );
  return [
    `import { defineCustomer } from "../src/definitions/customer";`,
    ...services.map((service) => `import ${importName(service)} from "../scopes/${service}";`),
    ``,
    `export default defineCustomer({`,
    `  clientId: ${JSON.stringify(spec.clientId)},`,
    `  name: ${JSON.stringify(spec.name)},`,
    `  contact: ${JSON.stringify(spec.contact)},`,
    `  grants: [${grants.join(", ")}],`,
    `  environments: [${spec.environments.map((e) => JSON.stringify(e)).join(", ")}],`,
    `  enabled: ${spec.enabled},`,
    ...(spec.secretRotation === undefined ? [] : [`  secretRotation: ${JSON.stringify(spec.secretRotation)},`]),
    ...(spec.adopt === undefined ? [] : [`  adopt: ${JSON.stringify(spec.adopt)},`]),
    ...(spec.accessTokenLifespan === undefined ? [] : [`  accessTokenLifespan: ${JSON.stringify(spec.accessTokenLifespan)},`]),
    `});`,
    ``,
  ].join("\n");
}

/** The source of `scopes/<clientId>.ts` for a managed service. */
export function serviceFile(clientId: string, description: string, permissions: readonly string[]): string {
  return [
    `import { defineService } from "../src/definitions/service";`,
    ``,
    `export default defineService({`,
    `  clientId: ${JSON.stringify(clientId)},`,
    `  description: ${JSON.stringify(description)},`,
    `  permissions: [${permissions.map((p) => JSON.stringify(p)).join(", ")}],`,
    `  client: "managed",`,
    `});`,
    ``,
  ].join("\n");
}
