/**
 * What the stack assumes about Keycloak, checked against a real Keycloak server of the pinned
 * version (package.json, toolchain.keycloak). An upgrade that changes one of these fails here,
 * before it silently changes what customers' tokens carry.
 */
import { BUILT_IN_DEFAULT_SCOPES } from "../src/constructs/customer-client";
import { RESERVED_CLIENT_IDS } from "../src/validation/rules/client-id-not-reserved";
import { audiences, requestClientCredentialsToken, requestToken, verifyAccessToken } from "./support/customer-token";
import { logTail, startKeycloak, type KeycloakServer } from "./support/keycloak-server";

jest.setTimeout(300_000);

let keycloak: KeycloakServer;
const REALM = "contract";

beforeAll(async () => {
  keycloak = await startKeycloak();
  console.info(`Keycloak ready in ${keycloak.startSeconds.toFixed(1)} s at ${keycloak.url}`);
  await keycloak.admin("POST", "/realms", { realm: REALM, enabled: true });
});

afterAll(async () => {
  await keycloak?.stop();
});

/** Adds the server log's tail to a failing assertion's message. */
async function withLog(check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    (error as Error).message += `\n\nKeycloak log tail:\n${logTail(keycloak.logFile)}`;
    throw error;
  }
}

interface ClientScope {
  readonly name: string;
  readonly protocol: string;
}

test("a new realm's OpenID Connect default scopes are those every customer client keeps, but service_account", () =>
  withLog(async () => {
    // service_account is no realm default: Keycloak attaches it to clients whose service account
    // is on (next test). The realm's SAML defaults never apply to OpenID Connect clients.
    const scopes = await keycloak.admin<ClientScope[]>("GET", `/realms/${REALM}/default-default-client-scopes`);
    expect(
      scopes
        .filter((scope) => scope.protocol === "openid-connect")
        .map((scope) => scope.name)
        .sort(),
    ).toEqual(BUILT_IN_DEFAULT_SCOPES.filter((scope) => scope !== "service_account").sort());
  }));

test("a new service-account client gets exactly those default scopes, service_account included", () =>
  withLog(async () => {
    await keycloak.admin("POST", `/realms/${REALM}/clients`, {
      clientId: "contract-probe",
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
    const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=contract-probe`);
    const scopes = await keycloak.admin<ClientScope[]>("GET", `/realms/${REALM}/clients/${client!.id}/default-client-scopes`);
    expect(scopes.map((scope) => scope.name).sort()).toEqual([...BUILT_IN_DEFAULT_SCOPES].sort());
  }));

test("the clients Keycloak creates in every realm are exactly the reserved clientIds", () =>
  withLog(async () => {
    const clients = await keycloak.admin<{ clientId: string }[]>("GET", `/realms/${REALM}/clients`);
    const builtIn = clients.map((client) => client.clientId).filter((clientId) => clientId !== "contract-probe");
    expect(builtIn.sort()).toEqual([...RESERVED_CLIENT_IDS].sort());
  }));

/**
 * The recipe the stack synthesizes (src/constructs/customer-client.ts and api-service.ts), applied
 * by hand through the admin API: full scope off, the granted roles in the client's scope and on its
 * service account, the built-in default scopes plus the service's audience scope. This proves the
 * recipe yields exactly the granted aud and roles. It does not prove the stack deploys: that needs
 * the Keycloak provider binary, which cannot be built here (see the README).
 */
describe("the customer recipe, applied by hand", () => {
  const realm = "recipe";
  const secrets = new Map<string, string>();

  interface Role {
    readonly id: string;
    readonly name: string;
  }

  async function clientUuid(clientId: string): Promise<string> {
    const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${realm}/clients?clientId=${clientId}`);
    return client!.id;
  }

  /** A customer client as the stack configures it, or with full scope on for contrast. */
  async function createCustomer(clientId: string, permissions: readonly string[], fullScopeAllowed = false): Promise<void> {
    await keycloak.admin("POST", `/realms/${realm}/clients`, {
      clientId,
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      fullScopeAllowed,
    });
    const id = await clientUuid(clientId);
    const service = await clientUuid("orders-api");
    const [audience] = await keycloak.admin<{ id: string; name: string }[]>("GET", `/realms/${realm}/client-scopes`).then((all) =>
      all.filter((scope) => scope.name === "orders-api-audience"),
    );
    await keycloak.admin("PUT", `/realms/${realm}/clients/${id}/default-client-scopes/${audience!.id}`);
    const roles = await Promise.all(
      permissions.map((name) => keycloak.admin<Role>("GET", `/realms/${realm}/clients/${service}/roles/${encodeURIComponent(name)}`)),
    );
    await keycloak.admin("POST", `/realms/${realm}/clients/${id}/scope-mappings/clients/${service}`, roles);
    const serviceAccount = await keycloak.admin<{ id: string }>("GET", `/realms/${realm}/clients/${id}/service-account-user`);
    await keycloak.admin("POST", `/realms/${realm}/users/${serviceAccount.id}/role-mappings/clients/${service}`, roles);
    const { value } = await keycloak.admin<{ value: string }>("GET", `/realms/${realm}/clients/${id}/client-secret`);
    secrets.set(clientId, value);
  }

  beforeAll(async () => {
    await keycloak.admin("POST", "/realms", { realm, enabled: true });
    await keycloak.admin("POST", `/realms/${realm}/clients`, {
      clientId: "orders-api",
      publicClient: false,
      serviceAccountsEnabled: false,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
    const service = await clientUuid("orders-api");
    for (const name of ["orders:read", "orders:write"]) {
      await keycloak.admin("POST", `/realms/${realm}/clients/${service}/roles`, { name });
    }
    await keycloak.admin("POST", `/realms/${realm}/client-scopes`, {
      name: "orders-api-audience",
      protocol: "openid-connect",
      attributes: { "include.in.token.scope": "true" },
      protocolMappers: [
        {
          name: "audience",
          protocol: "openid-connect",
          protocolMapper: "oidc-audience-mapper",
          config: { "included.client.audience": "orders-api", "access.token.claim": "true", "id.token.claim": "false" },
        },
      ],
    });
    await createCustomer("acme-logistics", ["orders:read"]);
    await createCustomer("full-scope-contrast", ["orders:read"], true);
  });

  test("a customer's token carries exactly the granted service in aud and the granted permission as roles", () =>
    withLog(async () => {
      const response = await requestClientCredentialsToken(keycloak.url, realm, "acme-logistics", secrets.get("acme-logistics")!);
      expect(response.status).toBe(200);
      expect(response.body.refresh_token).toBeUndefined();
      const token = await verifyAccessToken(keycloak.url, realm, response.body.access_token!);
      expect(audiences(token)).toEqual(["orders-api"]);
      expect(token.azp).toBe("acme-logistics");
      expect(token.preferred_username).toBe("service-account-acme-logistics");
      expect(token.sub).toEqual(expect.any(String));
      expect(token.resource_access).toEqual({ "orders-api": { roles: ["orders:read"] } });
      expect(token.realm_access).toBeUndefined();
    }));

  test("with full scope on, the realm's default roles leak in and `account` joins aud: why the stack turns it off", () =>
    withLog(async () => {
      const response = await requestClientCredentialsToken(
        keycloak.url,
        realm,
        "full-scope-contrast",
        secrets.get("full-scope-contrast")!,
      );
      const token = await verifyAccessToken(keycloak.url, realm, response.body.access_token!);
      expect(audiences(token)).toEqual(["account", "orders-api"]);
      expect(token.realm_access).toBeDefined();
    }));

  test("a wrong secret, another customer's secret and the password grant are refused", () =>
    withLog(async () => {
      const wrong = await requestClientCredentialsToken(keycloak.url, realm, "acme-logistics", "not-the-secret");
      expect(wrong.status).toBe(401);
      expect(["unauthorized_client", "invalid_client"]).toContain(wrong.body.error);
      const borrowed = await requestClientCredentialsToken(
        keycloak.url,
        realm,
        "acme-logistics",
        secrets.get("full-scope-contrast")!,
      );
      expect(borrowed.status).toBe(401);
      const password = await requestToken(keycloak.url, realm, {
        grant_type: "password",
        client_id: "acme-logistics",
        client_secret: secrets.get("acme-logistics")!,
        username: "service-account-acme-logistics",
        password: "irrelevant",
      });
      expect(password.status).toBe(400);
      expect(password.body.error).toBe("unauthorized_client");
    }));
});
