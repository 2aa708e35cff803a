/**
 * The benchmark's lower bound for synthesis: the Terraform JSON of one environment's stack, built
 * as a plain object with no cdktf, no constructs and no tokens. The benchmark asserts that it
 * equals what cdktf writes for the same customers (keys, order and values; only whitespace may
 * differ), so the bound is the same work and nothing less.
 *
 * It covers what the benchmark generates (managed services, customers without `adopt`) and
 * refuses anything else rather than produce a different configuration.
 */
import type { CustomerDefinition } from "../src/definitions/customer";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import type { ServiceDefinition } from "../src/definitions/service";
import { version as CDKTF_VERSION } from "cdktf/package.json";
import { ACCESS_TOKEN_LIFESPAN_SECONDS, CLIENT_SECRET_OUTPUT_ID } from "../src/constructs/customer-client";
import { BUILT_IN_DEFAULT_SCOPES } from "../src/keycloak/default-scopes";

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

/** The Terraform JSON of stack `stackName`, as an object whose `JSON.stringify` equals cdktf's after re-serializing. */
export function plainStackJson(
  stackName: string,
  environment: EnvironmentDefinition,
  services: readonly ServiceDefinition[],
  customers: readonly CustomerDefinition[],
): Json {
  const resource: Record<string, Record<string, Body>> = {};
  const data: Record<string, Record<string, Body>> = {};
  const add = (into: Record<string, Record<string, Body>>, type: string, path: readonly string[], body: Body): string => {
    const id = logicalId(path);
    (into[type] ??= {})[id] = { "//": { metadata: { path: [stackName, ...path].join("/"), uniqueId: id } }, ...body };
    return id;
  };

  const realm = environment.realm;
  const realmId = realm.create
    ? `\${keycloak_realm.${add(resource, "keycloak_realm", ["realm", "Default"], { display_name: realm.displayName ?? realm.name, enabled: true, realm: realm.name })}.id}`
    : `\${data.keycloak_realm.${add(data, "keycloak_realm", ["realm", "Default"], { realm: realm.name })}.id}`;

  const roleIds = new Map<string, string>();
  const audienceScopeNames = new Map<string, string>();
  for (const service of services) {
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
    const base = ["customers", customer.clientId];
    const client = add(resource, "keycloak_openid_client", [...base, "Default"], {
      access_token_lifespan: String(ACCESS_TOKEN_LIFESPAN_SECONDS),
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

  const state = environment.state;
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
  const stack: Body = {
    "//": {
      metadata: { backend: state.backend, stackName, version: CDKTF_VERSION },
      ...(customers.length > 0 ? { outputs: { [stackName]: { customers: outputsMetadata } } } : {}),
    },
    ...(Object.keys(data).length > 0 ? { data } : {}),
    ...(customers.length > 0 ? { output } : {}),
    provider: { keycloak: [{ url: environment.keycloakUrl }] },
    resource,
    terraform: { backend, required_providers: { keycloak: { source: "keycloak/keycloak", version: "5.9.0" } } },
  };
  return sortedKeys(stack);
}
