/**
 * The benchmark's lower bound for synthesis: the Terraform JSON of one environment's stack, built
 * as a plain object with no cdktf, no constructs and no tokens. The benchmark asserts that it
 * equals what cdktf writes for the same customers (keys, order and values; only whitespace may
 * differ), so the bound is the same work and nothing less.
 *
 * It covers what the benchmark generates (managed services, customers without `adopt`, one stack
 * per environment or a sharded one: see src/stacks/customer-shards.ts) and refuses anything else
 * rather than produce a different configuration.
 */
import type { CustomerDefinition } from "../src/definitions/customer";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import type { ServiceDefinition } from "../src/definitions/service";
import { version as CDKTF_VERSION } from "cdktf/package.json";
import { AUTHENTICATOR_ID, CLIENT_SECRET_OUTPUT_ID, KEYLESS_INPUT_FIELD } from "../src/constructs/customer-client";
import { BUILT_IN_DEFAULT_SCOPES } from "../src/keycloak/default-scopes";
import { shardCountOf, shardIndexOf, stackNamesOf, stackState } from "../src/stacks/customer-shards";
import { DEFAULT_USAGE_RETENTION, USAGE_EVENT_TYPES } from "../src/keycloak/usage-events";
import { durationSeconds } from "../src/definitions/duration";

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
type Body = Record<string, Json>;

/** Logical id as EnvironmentStack allocates it: the path below the stack, without "Default", made safe. */
function logicalId(path: readonly string[]): string {
  return path
    .filter((id) => id !== "Default")
    .join("_")
    .replace(/[^A-Za-z0-9_-]/g, "_");
}

/** Objects with their keys sorted, as cdktf writes them; arrays keep their order. */
function sortedKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, Json>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sortedKeys(object[key]!)]),
  );
}

/**
 * Every stack of environment `environmentName`, by name, as {@link plainStackJson} writes it: one,
 * or with `customerShards` a base stack and one stack per shard.
 */
export function plainEnvironmentJson(
  environmentName: string,
  environment: EnvironmentDefinition,
  services: readonly ServiceDefinition[],
  customers: readonly CustomerDefinition[],
): Map<string, Json> {
  const [first, ...shards] = stackNamesOf(environmentName, environment) as [string, ...string[]];
  if (shards.length === 0) return new Map([[first, plainStackJson(first, environment, services, customers)]]);
  const count = shardCountOf(environment);
  const byShard = shards.map((): CustomerDefinition[] => []);
  for (const customer of customers) byShard[shardIndexOf(customer.clientId, count)]!.push(customer);
  return new Map([
    [first, plainStackJson(first, environment, services, [], { kind: "base", environmentName })],
    ...shards.map((name, index): [string, Json] => [name, plainStackJson(name, environment, services, byShard[index]!, { kind: "shard", environmentName })]),
  ]);
}

/** A stack of a sharded environment: its base (realm, services, shard guard) or one of its shards (customers). */
interface ShardedPart {
  readonly kind: "base" | "shard";
  readonly environmentName: string;
}

/** A local state path relative to `cdktf.out/stacks/<stack>`, as the stacks write it. */
const localStatePath = (projectRelative: string) => `../../../${projectRelative}`;

/** The Terraform JSON of stack `stackName`, as an object whose `JSON.stringify` equals cdktf's after re-serializing. */
export function plainStackJson(
  stackName: string,
  environment: EnvironmentDefinition,
  services: readonly ServiceDefinition[],
  customers: readonly CustomerDefinition[],
  part?: ShardedPart,
): Json {
  const resource: Record<string, Record<string, Body>> = {};
  const data: Record<string, Record<string, Body>> = {};
  const add = (into: Record<string, Record<string, Body>>, type: string, path: readonly string[], body: Body): string => {
    const id = logicalId(path);
    (into[type] ??= {})[id] = { "//": { metadata: { path: [stackName, ...path].join("/"), uniqueId: id } }, ...body };
    return id;
  };

  if (environment.secrets) throw new Error(`${stackName}: the lower bound does not cover secrets (rotation and expiry)`);
  const realm = environment.realm;
  const realmId =
    realm.create && part?.kind !== "shard"
      ? `\${keycloak_realm.${add(resource, "keycloak_realm", ["realm", "Default"], { display_name: realm.displayName ?? realm.name, enabled: true, realm: realm.name })}.id}`
      : `\${data.keycloak_realm.${add(data, "keycloak_realm", ["realm", "Default"], { realm: realm.name })}.id}`;
  if (realm.create && part?.kind !== "shard") {
    const retention = durationSeconds(environment.usageRetention ?? DEFAULT_USAGE_RETENTION);
    add(resource, "keycloak_realm_events", ["realm", "events"], {
      admin_events_details_enabled: false,
      admin_events_enabled: false,
      enabled_event_types: [...USAGE_EVENT_TYPES],
      events_enabled: true,
      ...(retention === undefined ? {} : { events_expiration: retention }),
      events_listeners: ["jboss-logging"],
      realm_id: realmId,
    });
  }

  const roleIds = new Map<string, string>();
  const audienceScopeNames = new Map<string, string>();
  // A shard reads the services its customers are granted, and only the roles they are granted.
  const granted = new Map<string, Set<string>>();
  for (const grant of customers.flatMap((customer) => customer.grants)) {
    const permissions = granted.get(grant.service.clientId) ?? new Set<string>();
    for (const permission of grant.permissions) permissions.add(permission);
    granted.set(grant.service.clientId, permissions);
  }
  for (const service of part?.kind === "shard" ? services : []) {
    const permissions = granted.get(service.clientId);
    if (!permissions) continue;
    const base = ["services", service.clientId];
    const client = add(data, "keycloak_openid_client", [...base, "Default"], { client_id: service.clientId, realm_id: realmId });
    for (const permission of [...permissions].sort()) {
      const role = add(data, "keycloak_role", [...base, `role_${permission}`], {
        client_id: `\${data.keycloak_openid_client.${client}.id}`,
        name: permission,
        realm_id: realmId,
      });
      roleIds.set(`${service.clientId} ${permission}`, `\${data.keycloak_role.${role}.id}`);
    }
    const scope = add(data, "keycloak_openid_client_scope", [...base, "audience"], { name: `${service.clientId}-audience`, realm_id: realmId });
    audienceScopeNames.set(service.clientId, `\${data.keycloak_openid_client_scope.${scope}.name}`);
  }
  for (const service of part?.kind === "shard" ? [] : services) {
    if (service.client !== "managed") throw new Error(`${service.clientId}: the lower bound covers managed services only`);
    const base = ["services", service.clientId];
    const client = add(resource, "keycloak_openid_client", [...base, "Default"], {
      access_type: "CONFIDENTIAL",
      client_id: service.clientId,
      description: service.description,
      direct_access_grants_enabled: false,
      implicit_flow_enabled: false,
      name: service.clientId,
      realm_id: realmId,
      service_accounts_enabled: false,
      standard_flow_enabled: false,
    });
    const roles = service.permissions.map((permission) => {
      const role = add(resource, "keycloak_role", [...base, `role_${permission}`], {
        client_id: `\${keycloak_openid_client.${client}.id}`,
        description: `${service.clientId}: ${permission}`,
        name: permission,
        realm_id: realmId,
      });
      roleIds.set(`${service.clientId} ${permission}`, `\${keycloak_role.${role}.id}`);
      return [permission, role] as const;
    });
    const scope = add(resource, "keycloak_openid_client_scope", [...base, "audience"], {
      description: `Puts ${service.clientId} into the token's aud. ${service.description}`,
      include_in_token_scope: true,
      name: `${service.clientId}-audience`,
      realm_id: realmId,
    });
    audienceScopeNames.set(service.clientId, `\${keycloak_openid_client_scope.${scope}.name}`);
    for (const [permission, role] of roles) {
      add(resource, "keycloak_generic_role_mapper", [...base, `audience_${permission}`], {
        client_scope_id: `\${keycloak_openid_client_scope.${scope}.id}`,
        realm_id: realmId,
        role_id: `\${keycloak_role.${role}.id}`,
      });
    }
    add(resource, "keycloak_openid_audience_protocol_mapper", [...base, "audience-mapper"], {
      add_to_access_token: true,
      add_to_id_token: false,
      client_scope_id: `\${keycloak_openid_client_scope.${scope}.id}`,
      included_client_audience: `\${keycloak_openid_client.${client}.client_id}`,
      name: "audience",
      realm_id: realmId,
    });
  }

  const output: Record<string, Body> = {};
  const outputsMetadata: Record<string, Body> = {};
  for (const customer of customers) {
    if (Object.keys(customer.adopt).length > 0) throw new Error(`${customer.clientId}: the lower bound does not cover adopt`);
    if (customer.proof !== undefined) throw new Error(`${customer.clientId}: the lower bound does not cover keyless customers`);
    const base = ["customers", customer.clientId];
    const authenticator = add(resource, "terraform_data", [...base, AUTHENTICATOR_ID], { input: { authenticator: "client-secret" } });
    const client = add(resource, "keycloak_openid_client", [...base, "Default"], {
      access_token_lifespan: String(durationSeconds(customer.accessTokenLifespan)),
      access_type: "CONFIDENTIAL",
      client_authenticator_type: "client-secret",
      client_id: customer.clientId,
      ...(customer.secretRotation === undefined ? {} : { client_secret_regenerate_when_changed: { rotation: customer.secretRotation } }),
      consent_required: false,
      description: `API key of ${customer.name}. Contact: ${customer.contact}`,
      direct_access_grants_enabled: false,
      enabled: customer.enabled,
      extra_config: { "client.use.lightweight.access.token.enabled": "false" },
      frontchannel_logout_enabled: false,
      full_scope_allowed: false,
      implicit_flow_enabled: false,
      lifecycle: { replace_triggered_by: [`terraform_data.${authenticator}.input.${KEYLESS_INPUT_FIELD}`] },
      name: customer.name,
      oauth2_device_authorization_grant_enabled: false,
      realm_id: realmId,
      service_accounts_enabled: true,
      standard_flow_enabled: false,
      standard_token_exchange_enabled: false,
      use_refresh_tokens_client_credentials: false,
      valid_post_logout_redirect_uris: [],
      valid_redirect_uris: [],
      web_origins: [],
    });
    const clientRef = (attribute: string) => `\${keycloak_openid_client.${client}.${attribute}}`;
    add(resource, "keycloak_openid_client_default_scopes", [...base, "default-scopes"], {
      client_id: clientRef("id"),
      default_scopes: [...BUILT_IN_DEFAULT_SCOPES, ...customer.grants.map((grant) => audienceScopeNames.get(grant.service.clientId)!)],
      realm_id: realmId,
    });
    add(resource, "keycloak_openid_client_optional_scopes", [...base, "optional-scopes"], {
      client_id: clientRef("id"),
      optional_scopes: [],
      realm_id: realmId,
    });
    add(resource, "keycloak_user_roles", [...base, "service-account-roles"], {
      exhaustive: true,
      realm_id: realmId,
      role_ids: customer.grants.flatMap((grant) => grant.permissions.map((permission) => roleIds.get(`${grant.service.clientId} ${permission}`)!)),
      user_id: clientRef("service_account_user_id"),
    });
    output[logicalId([...base, CLIENT_SECRET_OUTPUT_ID])] = {
      description: `client_secret of ${customer.clientId}; read it with \`npm run key\`, never commit it`,
      sensitive: true,
      value: clientRef("client_secret"),
    };
    outputsMetadata[customer.clientId] = { [CLIENT_SECRET_OUTPUT_ID]: logicalId([...base, CLIENT_SECRET_OUTPUT_ID]) };
  }

  const state = part ? stackState(environment.state, part.environmentName, stackName) : environment.state;
  const backend: Body =
    state.backend === "local"
      ? { local: { path: `../../../${state.path}` } }
      : {
          s3: {
            bucket: state.bucket,
            ...(state.dynamodbTable === undefined ? {} : { dynamodb_table: state.dynamodbTable }),
            encrypt: true,
            key: state.key,
            region: state.region,
          },
        };
  // The base of a sharded environment checks the states are laid out for its shard count (see addShardGuard).
  const guarded = part?.kind === "base" ? shardGuard(environment, state) : undefined;
  const stack: Body = {
    "//": {
      metadata: { backend: state.backend, ...(guarded ? { overrides: { output: ["precondition"] } } : {}), stackName, version: CDKTF_VERSION },
      outputs: guarded ? { [stackName]: guarded.outputsMetadata } : customers.length > 0 ? { [stackName]: { customers: outputsMetadata } } : {},
    },
    ...(guarded ? { data: { ...data, terraform_remote_state: guarded.remoteStates } } : Object.keys(data).length > 0 ? { data } : {}),
    ...(guarded ? { output: guarded.output } : customers.length > 0 ? { output } : {}),
    provider: { keycloak: [{ url: environment.keycloakUrl }] },
    resource,
    terraform: { backend, required_providers: { keycloak: { source: "keycloak/keycloak", version: "5.9.0" } } },
  };
  return sortedKeys(stack);
}

/** The shard guard of a sharded environment's base stack: two remote states and an output with a precondition. */
function shardGuard(environment: EnvironmentDefinition, own: EnvironmentDefinition["state"]) {
  const shards = shardCountOf(environment);
  const remote = (state: EnvironmentDefinition["state"]): Body =>
    state.backend === "local"
      ? { backend: "local", config: { path: localStatePath(state.path) } }
      : { backend: "s3", config: { bucket: state.bucket, key: state.key, region: state.region } };
  const single = "one-stack-state-emptied-by-npm-run-shard-state";
  const recorded = "shard-count-recorded-by-npm-run-shard-state";
  const outputs = (id: string) => `data.terraform_remote_state.${id}.outputs`;
  return {
    remoteStates: { [single]: remote(environment.state), [recorded]: remote(own) } as Record<string, Body>,
    output: {
      customer_shards: {
        description: "Shard count the environment's states are laid out for; changed only by npm run shard-state",
        precondition: [
          {
            condition: `\${length(${outputs(single)}) == 0 && ${outputs(recorded)}.customer_shards == ${shards}}`,
            error_message: `The states are not laid out for ${shards} customer shards: the one-stack state still holds customers, or they were moved for another count. Nothing was changed; run npm run shard-state first.`,
          },
        ],
        value: shards,
      },
    } as Record<string, Body>,
    outputsMetadata: { customer_shards: "customer_shards" } as Body,
  };
}
