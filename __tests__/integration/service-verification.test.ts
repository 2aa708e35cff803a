/**
 * The service team's examples (examples/service-verification/): a Flask and a Node service that
 * check a customer's access token. Both are fed real tokens of customers the stack deployed with
 * `cdktf deploy` to a real Keycloak, and must accept and refuse the same tokens with the same
 * answers. Only the foreign realm is made through the admin API: its tokens must be refused.
 */
import * as fs from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { decodeJwt } from "jose";
import { createOrdersServer, createTokenVerifier } from "../../examples/service-verification/node/server";
import { ACCESS_TOKEN_LIFESPAN_SECONDS } from "../../src/constructs/customer-client";
import { environments } from "../../environments";
import { PROJECT_ROOT } from "../../testkit/temp-project";
import { customerFile, serviceFile, type CustomerSpec } from "../support/customer-files";
import { audiences, requestClientCredentialsToken } from "../support/customer-token";
import { DeployedProject } from "../support/deployed-project";
import { logTail, startKeycloak, type KeycloakServer } from "../../testkit/keycloak-server";
import { pythonEnvironment, startPythonService, type PythonService } from "../support/python-service";
import { createRealm, type CustomerSetup, type ServiceSetup } from "../support/verification-realm";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
const SERVICES: readonly ServiceSetup[] = [
  { clientId: "orders-api", permissions: ["orders:read", "orders:write"] },
  { clientId: "billing-api", permissions: ["invoices:read"] },
];
const CUSTOMERS: readonly CustomerSetup[] = [
  { clientId: "acme-logistics", grants: { "orders-api": ["orders:read", "orders:write"] } },
  { clientId: "globex-retail", grants: { "orders-api": ["orders:read"] } },
  { clientId: "initech-labs", grants: { "billing-api": ["invoices:read"] } },
  { clientId: "umbrella-corp", grants: { "orders-api": ["orders:read"], "billing-api": ["invoices:read"] } },
];
const OTHER_REALM = "elsewhere";

let keycloak: KeycloakServer;
let project: DeployedProject;
let flask: PythonService;
let node: Server;
const secrets: Record<string, string> = {};
let otherSecrets: Record<string, string>;
/** A real Keycloak token of globex-retail, taken with a lifespan of 2 s and used once it is past `exp`. */
let expiredToken: string;

// Tokens are asked for when a test needs them, not once before all tests: on a slow machine the
// tests can run longer than a token's lifespan, and an expired token would fail for another reason.
/** A fresh token of a customer the stack deployed. */
const tokenOf = (clientId: string) => token(keycloak.url, REALM, clientId, secrets[clientId]!);
/** The same realm's token, but asked for at `localhost`: Keycloak then writes another `iss`. */
const otherIssuerToken = () => token(keycloak.url.replace("127.0.0.1", "localhost"), REALM, "globex-retail", secrets["globex-retail"]!);
/** A token of another realm: signed with a key the service's realm does not publish. */
const otherRealmToken = () => token(keycloak.url, OTHER_REALM, "acme-logistics", otherSecrets["acme-logistics"]!);

const issuer = () => `${keycloak.url}/realms/${REALM}`;
const VERIFIERS = {
  Flask: () => flask.url,
  Node: () => `http://127.0.0.1:${(node.address() as AddressInfo).port}`,
};

async function token(url: string, realm: string, clientId: string, secret: string): Promise<string> {
  const response = await requestClientCredentialsToken(url, realm, clientId, secret);
  if (response.status !== 200 || !response.body.access_token) {
    throw new Error(`no token for ${clientId}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.access_token;
}

/** Resolves once this machine's clock, in whole seconds as verifiers read it, is past `exp`. */
async function untilExpired(exp: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Math.floor(Date.now() / 1000) <= exp) {
    if (Date.now() > deadline) throw new Error(`still not past exp ${exp} after 30 s`);
    // Check the condition again shortly; the condition, not the pause, ends the wait.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const [server, venv] = await Promise.all([startKeycloak(), pythonEnvironment("examples/service-verification/flask/requirements.txt")]);
  keycloak = server;
  console.info(`Keycloak ready in ${keycloak.startSeconds.toFixed(1)} s; Python venv ready in ${venv.seconds.toFixed(1)} s`);

  // The services and customers, as files of a copy of the project, deployed for real.
  project = new DeployedProject(keycloak, ENVIRONMENT);
  for (const file of ["clients", "scopes"].flatMap((folder) => fs.readdirSync(path.join(project.root, folder)).map((name) => `${folder}/${name}`))) {
    project.remove(file);
  }
  for (const service of SERVICES) {
    project.write(`scopes/${service.clientId}.ts`, serviceFile(service.clientId, `${service.clientId} for the verification examples`, service.permissions));
  }
  for (const customer of CUSTOMERS) {
    const spec: CustomerSpec = {
      clientId: customer.clientId,
      name: customer.clientId,
      contact: `api@${customer.clientId}.example`,
      grants: customer.grants,
      environments: [ENVIRONMENT],
      enabled: true,
    };
    project.write(`clients/${customer.clientId}.ts`, customerFile(spec));
  }
  // Every example customer leaves this copy: record that, as the README's inventory step says.
  const inventory = await project.npm(
    "inventory",
    Object.keys(environments).map((name) => `--acknowledge-removal=${name}`),
  );
  if (inventory.status !== 0) throw new Error(`npm run inventory failed:\n${inventory.output}`);
  await project.deploy();
  for (const { clientId } of CUSTOMERS) secrets[clientId] = (await project.key(clientId)).clientSecret;
  otherSecrets = await createRealm(keycloak, OTHER_REALM, SERVICES, [CUSTOMERS[0]!]);

  // The recipe pins the client's token lifespan: lower it by hand for one token, then put it back.
  const [globex] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=globex-retail`);
  const lifespan = async (seconds: string) => {
    const current = await keycloak.admin<{ attributes: Record<string, string> }>("GET", `/realms/${REALM}/clients/${globex!.id}`);
    await keycloak.admin("PUT", `/realms/${REALM}/clients/${globex!.id}`, {
      ...current,
      attributes: { ...current.attributes, "access.token.lifespan": seconds },
    });
  };
  await lifespan("2");
  expiredToken = await token(keycloak.url, REALM, "globex-retail", secrets["globex-retail"]!);
  await lifespan(String(ACCESS_TOKEN_LIFESPAN_SECONDS));

  const env = { ISSUER: issuer(), AUDIENCE: "orders-api", HOST: "127.0.0.1", PORT: "0" };
  flask = await startPythonService(venv.dir, path.join(PROJECT_ROOT, "examples/service-verification/flask/app.py"), env);
  node = createOrdersServer(createTokenVerifier({ issuer: issuer(), audience: "orders-api" }));
  await new Promise<void>((resolve) => node.listen(0, "127.0.0.1", resolve));

  const { exp, iat } = decodeJwt(expiredToken);
  expect(exp! - iat!).toBe(2);
  await untilExpired(exp!);
});

afterAll(async () => {
  await new Promise((resolve) => (node?.listening ? node.close(resolve) : resolve(undefined)));
  await flask?.stop();
  project?.dispose();
  await keycloak?.stop();
});

interface Answer {
  readonly status: number;
  readonly challenge: string | null;
  readonly body: unknown;
}

async function call(base: string, method: "GET" | "POST", bearer?: string): Promise<Answer> {
  const response = await fetch(`${base}/orders`, {
    method,
    headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
  });
  return { status: response.status, challenge: response.headers.get("www-authenticate"), body: await response.json() };
}

/** Adds the Flask process's output and the Keycloak log's tail to a failing assertion's message. */
async function withLogs(check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    (error as Error).message += `\n\nFlask output:\n${flask?.output().slice(-3000)}\n\nKeycloak log tail:\n${logTail(keycloak.logFile, 20)}`;
    throw error;
  }
}

const invalidToken = (description: string): Answer => ({
  status: 401,
  challenge: 'Bearer error="invalid_token"',
  body: { error: "invalid_token", error_description: description },
});

test("the tokens are what the examples must handle: one audience as a string, several as an array", async () => {
  expect(decodeJwt(await tokenOf("acme-logistics")).aud).toBe("orders-api");
  expect(decodeJwt(await tokenOf("umbrella-corp")).aud).toEqual(expect.arrayContaining(["orders-api", "billing-api"]));
  expect(audiences(decodeJwt(await tokenOf("umbrella-corp")))).toEqual(["billing-api", "orders-api"]);
  expect(decodeJwt(await tokenOf("initech-labs")).aud).toBe("billing-api");
  expect(decodeJwt(await otherIssuerToken()).iss).toBe(`${keycloak.url.replace("127.0.0.1", "localhost")}/realms/${REALM}`);
});

describe.each(Object.entries(VERIFIERS))("the %s example", (_name, base) => {
  test("accepts a customer's token for this service: 200 with the customer and its permissions", () =>
    withLogs(async () => {
      expect(await call(base(), "GET", await tokenOf("acme-logistics"))).toEqual({
        status: 200,
        challenge: null,
        body: { customer: "acme-logistics", permissions: ["orders:read", "orders:write"], orders: [] },
      });
      expect(await call(base(), "POST", await tokenOf("acme-logistics"))).toEqual({
        status: 200,
        challenge: null,
        body: { customer: "acme-logistics", permissions: ["orders:read", "orders:write"], placed: true },
      });
    }));

  test("accepts a token whose aud is an array with this service, and reads only this service's permissions", () =>
    withLogs(async () => {
      expect(await call(base(), "GET", await tokenOf("umbrella-corp"))).toEqual({
        status: 200,
        challenge: null,
        body: { customer: "umbrella-corp", permissions: ["orders:read"], orders: [] },
      });
    }));

  test("fails when the token is for another service: 401 naming the audience", () =>
    withLogs(async () => {
      expect(await call(base(), "GET", await tokenOf("initech-labs"))).toEqual(invalidToken('audience "billing-api" does not include "orders-api"'));
    }));

  test("fails when the token lacks the permission: 403 naming it and what the token grants", () =>
    withLogs(async () => {
      expect(await call(base(), "POST", await tokenOf("globex-retail"))).toEqual({
        status: 403,
        challenge: 'Bearer error="insufficient_scope"',
        body: {
          error: "insufficient_scope",
          error_description: 'missing permission "orders:write"; the token grants ["orders:read"]',
        },
      });
    }));

  test("fails when the token has expired: 401 with its expiry", () =>
    withLogs(async () => {
      const exp = decodeJwt(expiredToken).exp!;
      const expiry = new Date(exp * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
      expect(await call(base(), "GET", expiredToken)).toEqual(invalidToken(`expired at ${expiry}`));
    }));

  test("fails when a byte of the payload is flipped: 401, signature verification failed", () =>
    withLogs(async () => {
      const [header, payload, signature] = (await tokenOf("globex-retail")).split(".");
      const claims = Buffer.from(payload!, "base64url").toString("utf8");
      const flipped = claims.replace('"azp":"globex-retail"', '"azp":"Globex-retail"');
      expect(flipped).not.toBe(claims);
      const tampered = `${header}.${Buffer.from(flipped, "utf8").toString("base64url")}.${signature}`;
      expect(await call(base(), "GET", tampered)).toEqual(invalidToken("signature verification failed"));
    }));

  test("fails when the token comes from another issuer: 401 naming both", () =>
    withLogs(async () => {
      const other = `${keycloak.url.replace("127.0.0.1", "localhost")}/realms/${REALM}`;
      expect(await call(base(), "GET", await otherIssuerToken())).toEqual(invalidToken(`issuer "${other}" is not "${issuer()}"`));
    }));

  test("fails when the token is signed by a key the realm does not publish: 401 naming the key", () =>
    withLogs(async () => {
      const { kid } = JSON.parse(Buffer.from((await otherRealmToken()).split(".")[0]!, "base64url").toString("utf8")) as { kid: string };
      expect(await call(base(), "GET", await otherRealmToken())).toEqual(invalidToken(`no key "${kid}" in the realm's published keys`));
    }));

  test("fails when there is no bearer token: 401", () =>
    withLogs(async () => {
      expect(await call(base(), "GET")).toEqual({
        status: 401,
        challenge: 'Bearer error="invalid_request"',
        body: { error: "invalid_request", error_description: 'missing bearer token: send "Authorization: Bearer <access token>"' },
      });
    }));
});
