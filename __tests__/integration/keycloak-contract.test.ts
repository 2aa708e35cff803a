import * as fs from "node:fs";
/**
 * What the stack assumes about Keycloak, checked against a real Keycloak server of the pinned
 * version (package.json, toolchain.keycloak). An upgrade that changes one of these fails here,
 * before it silently changes what customers' tokens carry.
 */
import { BUILT_IN_CLIENT_IDS } from "../../src/keycloak/built-in-clients";
import { KEYCLOAK_COLUMN_LIMITS, type KeycloakColumn } from "../../src/keycloak/column-limits";
import { BUILT_IN_DEFAULT_SCOPES } from "../../src/keycloak/default-scopes";
import { requestClientCredentialsToken } from "../support/customer-token";
import { DEPLOY_IDENTITY_ROLES, withServerLog, startKeycloak, type KeycloakServer } from "../../testkit/keycloak-server";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

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
const withLog = (check: () => Promise<void>) => withServerLog(keycloak, check);

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
    expect(builtIn.sort()).toEqual([...BUILT_IN_CLIENT_IDS].sort());
  }));

/**
 * How Keycloak answered an admin call: "201" when it succeeded, else the status, the error body's
 * reason and the database's own words from what the call added to the server log.
 */
async function answerTo(call: () => Promise<unknown>): Promise<string> {
  const logBefore = fs.statSync(keycloak.logFile).size;
  try {
    await call();
    return "201";
  } catch (error) {
    const answer = /: (\d{3}) (.*)$/s.exec((error as Error).message);
    if (!answer) throw error;
    const body = JSON.parse(answer[2]!) as { error?: string; errorMessage?: string };
    const logAdded = fs.readFileSync(keycloak.logFile, "utf8").slice(logBefore);
    const column = /Value too long for column "(\w+)/.exec(logAdded)?.[1] ?? "(no database error in the log)";
    return `${answer[1]} ${body.errorMessage ?? body.error}, value too long for ${column}`;
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
    /** Creates what stores a text of `length` characters in `column`; how Keycloak answered. */
    const store: Record<KeycloakColumn, (length: number) => Promise<string>> = {
      "client name": (length) => answerTo(() => keycloak.admin("POST", `/realms/${LIMITS}/clients`, { clientId: unique(20), name: unique(length) })),
      "client description": (length) =>
        answerTo(() => keycloak.admin("POST", `/realms/${LIMITS}/clients`, { clientId: unique(20), description: unique(length) })),
      "client scope name": (length) =>
        answerTo(() => keycloak.admin("POST", `/realms/${LIMITS}/client-scopes`, { name: unique(length), protocol: "openid-connect" })),
      "client scope description": (length) =>
        answerTo(() =>
          keycloak.admin("POST", `/realms/${LIMITS}/client-scopes`, { name: unique(20), description: unique(length), protocol: "openid-connect" }),
        ),
      "role name": (length) => answerTo(() => keycloak.admin("POST", `/realms/${LIMITS}/clients/${probe!.id}/roles`, { name: unique(length) })),
      "role description": (length) =>
        answerTo(() => keycloak.admin("POST", `/realms/${LIMITS}/clients/${probe!.id}/roles`, { name: unique(20), description: unique(length) })),
      "realm name": (length) => answerTo(() => keycloak.admin("POST", "/realms", { realm: unique(length), enabled: true })),
    };
    // Keycloak 26.7 refuses one character more with an HTTP 500 (the database's error), which is
    // why the rule checks before anything is deployed.
    // The database column each text lands in, as the database names it when it refuses the text
    // (a realm's name also goes into longer texts Keycloak derives from it, kept in a VALUE column).
    const DATABASE_COLUMN: Record<KeycloakColumn, string> = {
      "client name": "NAME",
      "client description": "DESCRIPTION",
      "client scope name": "NAME",
      "client scope description": "DESCRIPTION",
      "role name": "NAME",
      "role description": "DESCRIPTION",
      "realm name": "VALUE",
    };
    const observed: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [column, limit] of Object.entries(KEYCLOAK_COLUMN_LIMITS) as [KeycloakColumn, number][]) {
      observed[column] = `${limit}: ${await store[column](limit)}, ${limit + 1}: ${await store[column](limit + 1)}`;
      expected[column] = `${limit}: 201, ${limit + 1}: 500 unknown_error, value too long for ${DATABASE_COLUMN[column]}`;
    }
    expect(observed).toEqual(expected);
  }));

describe("the deploy identity the tests deploy with", () => {
  async function asDeployer(method: string, resource: string, body?: unknown): Promise<number> {
    const token = await requestClientCredentialsToken(keycloak.url, "master", keycloak.deployClient.clientId, keycloak.deployClient.clientSecret);
    expect(token.status).toBe(200);
    const response = await fetch(`${keycloak.url}/admin${resource}`, {
      method,
      headers: { authorization: `Bearer ${token.body.access_token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return response.status;
  }

  test("holds only the master realm role create-realm", async () => {
    const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/master/clients?clientId=${keycloak.deployClient.clientId}`);
    const user = await keycloak.admin<{ id: string }>("GET", `/realms/master/clients/${client!.id}/service-account-user`);
    const mappings = await keycloak.admin<{ realmMappings?: { name: string }[]; clientMappings?: object }>(
      "GET",
      `/realms/master/users/${user.id}/role-mappings`,
    );
    expect(mappings.clientMappings).toBeUndefined();
    expect((mappings.realmMappings ?? []).map((role) => role.name).sort()).toEqual([...DEPLOY_IDENTITY_ROLES.realm, "default-roles-master"].sort());
  });

  test("cannot read the master realm's users nor another realm's clients, but administers a realm it creates", () =>
    withLog(async () => {
      expect(await asDeployer("GET", "/realms/master/users")).toBe(403);
      expect(await asDeployer("GET", `/realms/${REALM}/clients`)).toBe(403);
      expect(await asDeployer("POST", "/realms", { realm: "deployer-probe", enabled: true })).toBe(201);
      expect(await asDeployer("GET", "/realms/deployer-probe/clients")).toBe(200);
    }));
});
