/**
 * The benchmark's server-side bound: the sandbox's realm, service and customers created with
 * Keycloak's own admin API, mostly one partial import
 * (`POST /admin/realms/{realm}/partialImport`), so the time is the server's own work.
 *
 * Partial import takes clients, roles and users but not client scopes, so the audience scope (with
 * its mapper) is created first, and its role scope mappings after the import. Customers' clients
 * carry the same settings as the stack's, their default scopes and no optional scopes, and their
 * service-account users exactly the granted client roles.
 * https://www.keycloak.org/docs-api/latest/rest-api/index.html#_partialimportrepresentation
 */
import type { KeycloakServer } from "../testkit/keycloak-server";
import { ACCESS_TOKEN_LIFESPAN_SECONDS } from "../src/constructs/customer-client";
import { BUILT_IN_DEFAULT_SCOPES } from "../src/keycloak/default-scopes";

/** One generated customer, as the benchmark writes its file. */
export interface BenchCustomer {
  readonly clientId: string;
  readonly name: string;
  readonly contact: string;
  readonly permissions: readonly string[];
}

/** The one service of the benchmark's project. */
export interface BenchService {
  readonly clientId: string;
  readonly description: string;
  readonly permissions: readonly string[];
}

/** Creates realm `realm` with `service` and `customers` through the admin API; returns what the import reported. */
export async function partialImport(
  keycloak: KeycloakServer,
  realm: string,
  service: BenchService,
  customers: readonly BenchCustomer[],
): Promise<{ added: number }> {
  await keycloak.admin("POST", "/realms", { realm, displayName: "Atlas (sandbox)", enabled: true });
  const audienceScope = `${service.clientId}-audience`;
  await keycloak.admin("POST", `/realms/${realm}/client-scopes`, {
    name: audienceScope,
    description: `Puts ${service.clientId} into the token's aud. ${service.description}`,
    protocol: "openid-connect",
    attributes: { "include.in.token.scope": "true" },
    protocolMappers: [
      {
        name: "audience",
        protocol: "openid-connect",
        protocolMapper: "oidc-audience-mapper",
        config: { "included.client.audience": service.clientId, "access.token.claim": "true", "id.token.claim": "false" },
      },
    ],
  });
  const result = await keycloak.admin<{ added: number }>("POST", `/realms/${realm}/partialImport`, {
    ifResourceExists: "FAIL",
    clients: [
      {
        clientId: service.clientId,
        name: service.clientId,
        description: service.description,
        publicClient: false,
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
      },
      ...customers.map((customer) => ({
        clientId: customer.clientId,
        name: customer.name,
        description: `API key of ${customer.name}. Contact: ${customer.contact}`,
        enabled: true,
        publicClient: false,
        clientAuthenticatorType: "client-secret",
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        consentRequired: false,
        frontchannelLogout: false,
        fullScopeAllowed: false,
        redirectUris: [],
        webOrigins: [],
        attributes: {
          "access.token.lifespan": String(ACCESS_TOKEN_LIFESPAN_SECONDS),
          "client.use.lightweight.access.token.enabled": "false",
          "oauth2.device.authorization.grant.enabled": "false",
          "standard.token.exchange.enabled": "false",
          "use.refresh.tokens.client_credentials": "false",
          "post.logout.redirect.uris": "",
        },
        defaultClientScopes: [...BUILT_IN_DEFAULT_SCOPES, audienceScope],
        optionalClientScopes: [],
      })),
    ],
    roles: {
      client: {
        [service.clientId]: service.permissions.map((permission) => ({ name: permission, description: `${service.clientId}: ${permission}` })),
      },
    },
    users: customers.map((customer) => ({
      username: `service-account-${customer.clientId}`,
      enabled: true,
      serviceAccountClientId: customer.clientId,
      clientRoles: { [service.clientId]: customer.permissions },
    })),
  });
  const [serviceClient] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${realm}/clients?clientId=${service.clientId}`);
  const [scope] = (await keycloak.admin<{ id: string; name: string }[]>("GET", `/realms/${realm}/client-scopes`)).filter(({ name }) => name === audienceScope);
  const roles = await keycloak.admin<object[]>("GET", `/realms/${realm}/clients/${serviceClient!.id}/roles`);
  await keycloak.admin("POST", `/realms/${realm}/client-scopes/${scope!.id}/scope-mappings/clients/${serviceClient!.id}`, roles);
  return result;
}

/**
 * Checks that the import made what the stack makes for `customer`: the client exists, its service
 * account holds exactly the granted roles, and a token from its secret carries them.
 */
export async function checkImportedCustomer(keycloak: KeycloakServer, realm: string, service: BenchService, customer: BenchCustomer): Promise<void> {
  const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${realm}/clients?clientId=${customer.clientId}`);
  if (!client) throw new Error(`partial import: no client ${customer.clientId}`);
  const { value: secret } = await keycloak.admin<{ value: string }>("GET", `/realms/${realm}/clients/${client.id}/client-secret`);
  const response = await fetch(`${keycloak.url}/realms/${realm}/protocol/openid-connect/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${customer.clientId}:${secret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "client_credentials" }),
  });
  if (!response.ok) throw new Error(`partial import: ${customer.clientId} gets no token: ${response.status} ${await response.text()}`);
  const { access_token } = (await response.json()) as { access_token: string };
  const claims = JSON.parse(Buffer.from(access_token.split(".")[1]!, "base64url").toString()) as {
    aud?: string | string[];
    resource_access?: Record<string, { roles: string[] }>;
  };
  const roles = [...(claims.resource_access?.[service.clientId]?.roles ?? [])].sort();
  const audience = ([] as string[]).concat(claims.aud ?? []);
  if (JSON.stringify(roles) !== JSON.stringify([...customer.permissions].sort()) || !audience.includes(service.clientId)) {
    throw new Error(`partial import: ${customer.clientId}'s token differs from the stack's recipe: ${JSON.stringify(claims)}`);
  }
}
