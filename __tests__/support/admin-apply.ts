import type { KeycloakServer } from "./keycloak-server";

/**
 * A stand-in for the Keycloak Terraform provider, used only while its binary cannot be built
 * here (see the README, "Provider binary"): it creates a synthesized stack's resources through
 * Keycloak's admin API, in dependency order, on an empty Keycloak. It knows exactly the resource
 * types and attributes the stack synthesizes and refuses anything else, so a change to the
 * constructs either reaches Keycloak or fails here. It creates; it never updates or deletes.
 */

/** Attributes of an applied resource that others refer to, by Terraform address. */
type Applied = Map<string, Record<string, string>>;
type Attributes = Record<string, unknown>;

interface Handler {
  /** The attributes this resource type may carry in the synthesized JSON. */
  readonly accepts: readonly string[];
  apply(keycloak: KeycloakServer, attributes: Attributes): Promise<Record<string, string>>;
}

/** The synthesized JSON of one stack, as far as the applier reads it. */
export interface StackJson {
  readonly resource?: Record<string, Record<string, Attributes>>;
  readonly data?: Record<string, Record<string, Attributes>>;
  readonly output?: Record<string, { value: unknown }>;
}

interface Named {
  readonly id: string;
  readonly name: string;
}

const str = (value: unknown): string => String(value);
const enc = encodeURIComponent;

async function clientById(keycloak: KeycloakServer, realm: string, id: string): Promise<Record<string, string>> {
  const client = await keycloak.admin<{ id: string; clientId: string; serviceAccountsEnabled: boolean; publicClient: boolean }>(
    "GET",
    `/realms/${realm}/clients/${id}`,
  );
  const attributes: Record<string, string> = { id: client.id, client_id: client.clientId };
  if (client.serviceAccountsEnabled) {
    attributes.service_account_user_id = (
      await keycloak.admin<{ id: string }>("GET", `/realms/${realm}/clients/${id}/service-account-user`)
    ).id;
  }
  if (!client.publicClient) {
    attributes.client_secret = (await keycloak.admin<{ value: string }>("GET", `/realms/${realm}/clients/${id}/client-secret`)).value;
  }
  return attributes;
}

async function clientByClientId(keycloak: KeycloakServer, realm: string, clientId: string): Promise<Record<string, string>> {
  const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${realm}/clients?clientId=${enc(clientId)}`);
  if (!client) throw new Error(`no client ${clientId} in realm ${realm}`);
  return clientById(keycloak, realm, client.id);
}

/** Makes a client's default or optional scopes exactly `names`, as the provider's resources do. */
async function setClientScopes(
  keycloak: KeycloakServer,
  attributes: Attributes,
  kind: "default" | "optional",
  names: readonly string[],
): Promise<Record<string, string>> {
  const base = `/realms/${str(attributes.realm_id)}`;
  const path = `${base}/clients/${str(attributes.client_id)}/${kind}-client-scopes`;
  const all = await keycloak.admin<Named[]>("GET", `${base}/client-scopes`);
  const wanted = names.map((name) => {
    const scope = all.find((candidate) => candidate.name === name);
    if (!scope) throw new Error(`no client scope ${name}`);
    return scope;
  });
  for (const current of await keycloak.admin<Named[]>("GET", path)) {
    if (!names.includes(current.name)) await keycloak.admin("DELETE", `${path}/${current.id}`);
  }
  for (const scope of wanted) await keycloak.admin("PUT", `${path}/${scope.id}`);
  return { id: str(attributes.client_id) };
}

const RESOURCES: Record<string, Handler> = {
  keycloak_realm: {
    accepts: ["realm", "display_name", "enabled"],
    async apply(keycloak, a) {
      await keycloak.admin("POST", "/realms", { realm: a.realm, displayName: a.display_name, enabled: a.enabled });
      return { id: str(a.realm) };
    },
  },
  keycloak_openid_client: {
    accepts: [
      "realm_id",
      "client_id",
      "name",
      "description",
      "enabled",
      "access_type",
      "service_accounts_enabled",
      "standard_flow_enabled",
      "implicit_flow_enabled",
      "direct_access_grants_enabled",
      "full_scope_allowed",
      "client_secret_regenerate_when_changed",
    ],
    async apply(keycloak, a) {
      const realm = str(a.realm_id);
      await keycloak.admin("POST", `/realms/${realm}/clients`, {
        clientId: a.client_id,
        name: a.name,
        description: a.description,
        enabled: a.enabled ?? true,
        publicClient: a.access_type === "PUBLIC",
        bearerOnly: a.access_type === "BEARER-ONLY",
        serviceAccountsEnabled: a.service_accounts_enabled ?? false,
        standardFlowEnabled: a.standard_flow_enabled ?? false,
        implicitFlowEnabled: a.implicit_flow_enabled ?? false,
        directAccessGrantsEnabled: a.direct_access_grants_enabled ?? false,
        fullScopeAllowed: a.full_scope_allowed ?? true,
      });
      return clientByClientId(keycloak, realm, str(a.client_id));
    },
  },
  keycloak_openid_client_scope: {
    accepts: ["realm_id", "name", "description", "include_in_token_scope"],
    async apply(keycloak, a) {
      const base = `/realms/${str(a.realm_id)}/client-scopes`;
      await keycloak.admin("POST", base, {
        name: a.name,
        description: a.description,
        protocol: "openid-connect",
        attributes: { "include.in.token.scope": String(a.include_in_token_scope ?? true) },
      });
      const scope = (await keycloak.admin<Named[]>("GET", base)).find((candidate) => candidate.name === a.name)!;
      return { id: scope.id, name: scope.name };
    },
  },
  keycloak_openid_audience_protocol_mapper: {
    accepts: ["realm_id", "client_scope_id", "name", "included_client_audience", "add_to_access_token", "add_to_id_token"],
    async apply(keycloak, a) {
      // The provider checks the audience client exists; so does this.
      await clientByClientId(keycloak, str(a.realm_id), str(a.included_client_audience));
      await keycloak.admin("POST", `/realms/${str(a.realm_id)}/client-scopes/${str(a.client_scope_id)}/protocol-mappers/models`, {
        name: a.name,
        protocol: "openid-connect",
        protocolMapper: "oidc-audience-mapper",
        config: {
          "included.client.audience": a.included_client_audience,
          "access.token.claim": String(a.add_to_access_token ?? true),
          "id.token.claim": String(a.add_to_id_token ?? true),
          "introspection.token.claim": "true",
        },
      });
      return { id: `${str(a.client_scope_id)}/${str(a.name)}` };
    },
  },
  keycloak_openid_client_default_scopes: {
    accepts: ["realm_id", "client_id", "default_scopes"],
    apply: (keycloak, a) => setClientScopes(keycloak, a, "default", a.default_scopes as string[]),
  },
  keycloak_openid_client_optional_scopes: {
    accepts: ["realm_id", "client_id", "optional_scopes"],
    apply: (keycloak, a) => setClientScopes(keycloak, a, "optional", a.optional_scopes as string[]),
  },
  keycloak_role: {
    accepts: ["realm_id", "client_id", "name", "description"],
    async apply(keycloak, a) {
      const base = `/realms/${str(a.realm_id)}/clients/${str(a.client_id)}/roles`;
      await keycloak.admin("POST", base, { name: a.name, description: a.description });
      return { id: (await keycloak.admin<Named>("GET", `${base}/${enc(str(a.name))}`)).id, name: str(a.name) };
    },
  },
  keycloak_generic_role_mapper: {
    accepts: ["realm_id", "client_id", "role_id"],
    async apply(keycloak, a) {
      const base = `/realms/${str(a.realm_id)}`;
      const role = await keycloak.admin<Named & { clientRole: boolean; containerId: string }>("GET", `${base}/roles-by-id/${str(a.role_id)}`);
      const target = role.clientRole ? `clients/${role.containerId}` : "realm";
      await keycloak.admin("POST", `${base}/clients/${str(a.client_id)}/scope-mappings/${target}`, [role]);
      return { id: `${str(a.client_id)}/${role.id}` };
    },
  },
  keycloak_openid_client_service_account_role: {
    accepts: ["realm_id", "service_account_user_id", "client_id", "role"],
    async apply(keycloak, a) {
      const base = `/realms/${str(a.realm_id)}`;
      const role = await keycloak.admin<Named>("GET", `${base}/clients/${str(a.client_id)}/roles/${enc(str(a.role))}`);
      await keycloak.admin("POST", `${base}/users/${str(a.service_account_user_id)}/role-mappings/clients/${str(a.client_id)}`, [role]);
      return { id: `${str(a.service_account_user_id)}/${role.id}` };
    },
  },
};

const DATA_SOURCES: Record<string, Handler> = {
  keycloak_realm: {
    accepts: ["realm"],
    async apply(keycloak, a) {
      await keycloak.admin("GET", `/realms/${str(a.realm)}`);
      return { id: str(a.realm) };
    },
  },
  keycloak_openid_client: {
    accepts: ["realm_id", "client_id"],
    apply: (keycloak, a) => clientByClientId(keycloak, str(a.realm_id), str(a.client_id)),
  },
  keycloak_role: {
    accepts: ["realm_id", "client_id", "name"],
    async apply(keycloak, a) {
      const role = await keycloak.admin<Named>("GET", `/realms/${str(a.realm_id)}/clients/${str(a.client_id)}/roles/${enc(str(a.name))}`);
      return { id: role.id, name: role.name };
    },
  },
};

const REFERENCE = /^\$\{((?:data\.)?[a-z_]+\.[A-Za-z0-9_-]+)\.([a-z_]+)\}$/;

/** Replaces `${type.name.attribute}` references with applied values; undefined while one is pending. */
function resolve(value: unknown, applied: Applied): unknown {
  if (typeof value === "string") {
    const match = REFERENCE.exec(value);
    if (!match) {
      if (value.includes("${")) throw new Error(`unsupported expression ${value}`);
      return value;
    }
    const attributes = applied.get(match[1]!);
    if (!attributes) return undefined;
    const resolved = attributes[match[2]!];
    if (resolved === undefined) throw new Error(`${match[1]} has no attribute ${match[2]} in the stand-in`);
    return resolved;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => resolve(item, applied));
    return items.includes(undefined) ? undefined : items;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => [key, resolve(item, applied)] as const);
    return entries.some(([, item]) => item === undefined) ? undefined : Object.fromEntries(entries);
  }
  return value;
}

/** Applies every resource and data source of `stack`; returns the resolved outputs. */
export async function applyStack(keycloak: KeycloakServer, stack: StackJson): Promise<Record<string, string>> {
  const pending = [
    ...Object.entries(stack.data ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, attributes]) => ({ address: `data.${type}.${name}`, handler: DATA_SOURCES[type], type, attributes })),
    ),
    ...Object.entries(stack.resource ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, attributes]) => ({ address: `${type}.${name}`, handler: RESOURCES[type], type, attributes })),
    ),
  ];
  for (const { address, handler, attributes } of pending) {
    if (!handler) throw new Error(`the stand-in applier does not know ${address}`);
    const unknown = Object.keys(attributes).filter((key) => !handler.accepts.includes(key));
    if (unknown.length > 0) throw new Error(`the stand-in applier does not know ${address}: ${unknown.join(", ")}`);
  }
  const applied: Applied = new Map();
  while (pending.length > 0) {
    const ready = pending.findIndex(({ attributes }) => resolve(attributes, applied) !== undefined);
    if (ready === -1) throw new Error(`unresolvable references in ${pending.map((p) => p.address).join(", ")}`);
    const [{ address, handler, attributes }] = pending.splice(ready, 1);
    applied.set(address, await handler!.apply(keycloak, resolve(attributes, applied) as Attributes));
  }
  return Object.fromEntries(Object.entries(stack.output ?? {}).map(([name, { value }]) => [name, str(resolve(value, applied))]));
}
