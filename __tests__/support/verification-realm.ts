import type { KeycloakServer } from "../../testkit/keycloak-server";

/** A backend service: a client whose roles are its permissions, and an audience scope naming it. */
export interface ServiceSetup {
  readonly clientId: string;
  readonly permissions: readonly string[];
}

/** A customer: a confidential service-account client and, per service it may call, the permissions granted. */
export interface CustomerSetup {
  readonly clientId: string;
  readonly grants: Readonly<Record<string, readonly string[]>>;
}

interface RoleRepresentation {
  readonly id: string;
  readonly name: string;
}

/**
 * Creates, through the admin API, what the stack's constructs create with Terraform: the realm,
 * each service's client with one client role per permission and its audience client scope
 * (`<clientId>-audience`, an `oidc-audience-mapper` putting the service's client id into `aud`),
 * and each customer's client (confidential, service account on, browser flows and password grant
 * off, full scope off), with the audience scopes of its services as default scopes and the
 * granted roles both in its scope and on its service account. Returns each customer's secret.
 */
export async function createRealm(
  keycloak: KeycloakServer,
  realm: string,
  services: readonly ServiceSetup[],
  customers: readonly CustomerSetup[],
): Promise<Record<string, string>> {
  const admin = keycloak.admin.bind(keycloak);
  // A token lifespan longer than the test run, so only the expiry test sees an expired token.
  await admin("POST", "/realms", { realm, enabled: true, accessTokenLifespan: 900 });
  const clientUuid = async (clientId: string) => {
    const [client] = await admin<{ id: string }[]>("GET", `/realms/${realm}/clients?clientId=${encodeURIComponent(clientId)}`);
    if (!client) throw new Error(`no client ${clientId} in realm ${realm}`);
    return client.id;
  };

  const serviceUuids: Record<string, string> = {};
  const audienceScopes: Record<string, string> = {};
  for (const service of services) {
    await admin("POST", `/realms/${realm}/clients`, {
      clientId: service.clientId,
      protocol: "openid-connect",
      publicClient: false,
      serviceAccountsEnabled: false,
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
    const uuid = (serviceUuids[service.clientId] = await clientUuid(service.clientId));
    for (const permission of service.permissions) {
      await admin("POST", `/realms/${realm}/clients/${uuid}/roles`, { name: permission });
    }
    const scopeName = `${service.clientId}-audience`;
    await admin("POST", `/realms/${realm}/client-scopes`, {
      name: scopeName,
      protocol: "openid-connect",
      attributes: { "include.in.token.scope": "false", "display.on.consent.screen": "false" },
    });
    const scopes = await admin<{ id: string; name: string }[]>("GET", `/realms/${realm}/client-scopes`);
    const scopeId = scopes.find((scope) => scope.name === scopeName)!.id;
    audienceScopes[service.clientId] = scopeId;
    await admin("POST", `/realms/${realm}/client-scopes/${scopeId}/protocol-mappers/models`, {
      name: `${service.clientId}-audience`,
      protocol: "openid-connect",
      protocolMapper: "oidc-audience-mapper",
      config: {
        "included.client.audience": service.clientId,
        "access.token.claim": "true",
        "id.token.claim": "false",
        "introspection.token.claim": "true",
      },
    });
  }

  const secrets: Record<string, string> = {};
  for (const customer of customers) {
    await admin("POST", `/realms/${realm}/clients`, {
      clientId: customer.clientId,
      protocol: "openid-connect",
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      fullScopeAllowed: false,
    });
    const uuid = await clientUuid(customer.clientId);
    const serviceAccount = await admin<{ id: string }>("GET", `/realms/${realm}/clients/${uuid}/service-account-user`);
    for (const [service, permissions] of Object.entries(customer.grants)) {
      const serviceUuid = serviceUuids[service];
      if (!serviceUuid) throw new Error(`customer ${customer.clientId} is granted unknown service ${service}`);
      await admin("PUT", `/realms/${realm}/clients/${uuid}/default-client-scopes/${audienceScopes[service]}`);
      const roles = await Promise.all(
        permissions.map((permission) => admin<RoleRepresentation>("GET", `/realms/${realm}/clients/${serviceUuid}/roles/${encodeURIComponent(permission)}`)),
      );
      await admin("POST", `/realms/${realm}/clients/${uuid}/scope-mappings/clients/${serviceUuid}`, roles);
      await admin("POST", `/realms/${realm}/users/${serviceAccount.id}/role-mappings/clients/${serviceUuid}`, roles);
    }
    secrets[customer.clientId] = (await admin<{ value: string }>("GET", `/realms/${realm}/clients/${uuid}/client-secret`)).value;
  }
  return secrets;
}
