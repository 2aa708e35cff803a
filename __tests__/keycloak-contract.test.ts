/**
 * What the stack assumes about Keycloak, checked against a real Keycloak server of the pinned
 * version (package.json, toolchain.keycloak). An upgrade that changes one of these fails here,
 * before it silently changes what customers' tokens carry.
 */
import { Testing } from "cdktf";
import { environments } from "../environments";
import { PROJECT_ROOT } from "../scripts/temp-project";
import { loadCatalog } from "../src/catalog/load-catalog";
import { BUILT_IN_DEFAULT_SCOPES } from "../src/constructs/customer-client";
import { buildStacks } from "../src/stacks/build-stacks";
import { RESERVED_CLIENT_IDS } from "../src/validation/rules/client-id-not-reserved";
import { KEYCLOAK_COLUMN_LIMITS, type KeycloakColumn } from "../src/validation/sent-texts";
import { applyStack, type StackJson } from "./support/admin-apply";
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

/** The HTTP status of an admin call: 200 when it succeeded, the error's status otherwise. */
async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    const status = /: (\d{3}) /.exec((error as Error).message);
    if (!status) throw error;
    return Number(status[1]);
  }
}

test("Keycloak stores exactly as much as keycloak-column-limits allows, in every column the stack sends text to", () =>
  withLog(async () => {
    // A realm of its own, so the clients made here do not show among another test's clients.
    const LIMITS = "contract-limits";
    await keycloak.admin("POST", "/realms", { realm: LIMITS, enabled: true });
    await keycloak.admin("POST", `/realms/${LIMITS}/clients`, { clientId: "limits-probe" });
    const [probe] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${LIMITS}/clients?clientId=limits-probe`);
    let serial = 0;
    const unique = (length: number) => `${++serial}`.padEnd(length, "x");
    /** Creates what stores a text of `length` characters in `column`; its HTTP status. */
    const store: Record<KeycloakColumn, (length: number) => Promise<number>> = {
      "client name": (length) => statusOf(keycloak.admin("POST", `/realms/${LIMITS}/clients`, { clientId: unique(20), name: unique(length) })),
      "client description": (length) =>
        statusOf(keycloak.admin("POST", `/realms/${LIMITS}/clients`, { clientId: unique(20), description: unique(length) })),
      "client scope name": (length) =>
        statusOf(keycloak.admin("POST", `/realms/${LIMITS}/client-scopes`, { name: unique(length), protocol: "openid-connect" })),
      "client scope description": (length) =>
        statusOf(
          keycloak.admin("POST", `/realms/${LIMITS}/client-scopes`, { name: unique(20), description: unique(length), protocol: "openid-connect" }),
        ),
      "role name": (length) => statusOf(keycloak.admin("POST", `/realms/${LIMITS}/clients/${probe!.id}/roles`, { name: unique(length) })),
      "role description": (length) =>
        statusOf(keycloak.admin("POST", `/realms/${LIMITS}/clients/${probe!.id}/roles`, { name: unique(20), description: unique(length) })),
      "realm name": (length) => statusOf(keycloak.admin("POST", "/realms", { realm: unique(length), enabled: true })),
    };
    // Keycloak 26.7 refuses one character more with an HTTP 500 (the database's error), which is
    // why the rule checks before anything is deployed.
    const verdict = (status: number) => (status === 200 ? "accepts" : "refuses");
    const observed: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [column, limit] of Object.entries(KEYCLOAK_COLUMN_LIMITS) as [KeycloakColumn, number][]) {
      observed[column] = `${verdict(await store[column](limit))} ${limit}, ${verdict(await store[column](limit + 1))} ${limit + 1}`;
      expected[column] = `accepts ${limit}, refuses ${limit + 1}`;
    }
    expect(observed).toEqual(expected);
  }));

/**
 * The bundled example's sandbox stack, as synthesized, created in Keycloak by the stand-in for the
 * provider (support/admin-apply.ts), then asked for tokens the way customers ask. Expectations come
 * from the customer and service files, not from the synthesized JSON.
 */
describe("the bundled example's sandbox stack, applied to Keycloak", () => {
  const ENVIRONMENT = "sandbox";
  const { catalog } = loadCatalog({ root: PROJECT_ROOT, environments });
  const realm = environments[ENVIRONMENT].realm.name;
  const customers = catalog.customers
    .map(({ definition }) => definition)
    .filter((customer) => customer.environments.includes(ENVIRONMENT));
  const secrets = new Map<string, string>();

  beforeAll(async () => {
    const stack = buildStacks(Testing.app(), catalog).find((candidate) => candidate.node.id === ENVIRONMENT)!;
    const outputs = await applyStack(keycloak, JSON.parse(Testing.synth(stack)) as StackJson);
    for (const customer of customers) secrets.set(customer.clientId, outputs[`customers_${customer.clientId}_client-secret`]!);
  });

  test("every sandbox customer of the example is deployed, and no other client", () =>
    withLog(async () => {
      const clients = await keycloak.admin<{ clientId: string }[]>("GET", `/realms/${realm}/clients`);
      const services = catalog.services.map(({ definition }) => definition.clientId);
      const deployed = clients
        .map((client) => client.clientId)
        .filter((clientId) => !RESERVED_CLIENT_IDS.includes(clientId) && !services.includes(clientId));
      expect(customers.length).toBeGreaterThan(0);
      expect(deployed.sort()).toEqual(customers.map((customer) => customer.clientId).sort());
    }));

  test.each(customers.map((customer) => [customer.clientId, customer] as const))(
    "%s gets a token whose aud, azp and roles are exactly its grants",
    (clientId, customer) =>
      withLog(async () => {
        const response = await requestClientCredentialsToken(keycloak.url, realm, clientId, secrets.get(clientId)!);
        expect(response.status).toBe(200);
        expect(response.body.refresh_token).toBeUndefined();
        const token = await verifyAccessToken(keycloak.url, realm, response.body.access_token!);
        expect(token.azp).toBe(clientId);
        expect(token.preferred_username).toBe(`service-account-${clientId}`);
        expect(token.sub).toEqual(expect.any(String));
        expect(audiences(token)).toEqual(customer.grants.map((grant) => grant.service.clientId).sort());
        expect(token.resource_access).toEqual(
          Object.fromEntries(customer.grants.map((grant) => [grant.service.clientId, { roles: [...grant.permissions].sort() }])),
        );
        expect(token.realm_access).toBeUndefined();
      }),
  );

  test.each(customers.map((customer) => [customer.clientId] as const))(
    "%s is refused with a wrong secret, another customer's secret, the password grant and the browser flow",
    (clientId) =>
      withLog(async () => {
        const wrong = await requestClientCredentialsToken(keycloak.url, realm, clientId, "not-the-secret");
        expect(wrong.status).toBe(401);
        expect(["unauthorized_client", "invalid_client"]).toContain(wrong.body.error);

        const other = customers.find((customer) => customer.clientId !== clientId)!;
        const borrowed = await requestClientCredentialsToken(keycloak.url, realm, clientId, secrets.get(other.clientId)!);
        expect(borrowed.status).toBe(401);

        const password = await requestToken(keycloak.url, realm, {
          grant_type: "password",
          client_id: clientId,
          client_secret: secrets.get(clientId)!,
          username: `service-account-${clientId}`,
          password: "irrelevant",
        });
        expect(password.status).toBe(400);
        expect(password.body.error).toBe("unauthorized_client");

        const browser = await fetch(
          `${keycloak.url}/realms/${realm}/protocol/openid-connect/auth?${new URLSearchParams({
            client_id: clientId,
            response_type: "code",
            scope: "openid",
            redirect_uri: "http://127.0.0.1/callback",
          })}`,
          { redirect: "manual" },
        );
        expect(browser.status).toBe(400);
      }),
  );
});
