/**
 * Keyless customers (`proof` in the customer file: private_key_jwt), on the real Keycloak through
 * the real deploy with OpenTofu and an encrypted state, as their environment must be:
 * - a customer whose public keys are in a JWKS (served by this test on loopback) signs a client
 *   assertion and gets a token that carries exactly its grants; an assertion signed with another
 *   key, and the secret Keycloak generated for the client, are refused;
 * - it rotates its key in its JWKS and keeps working with the new key;
 * - no secret of it is in the state, an output, the synthesized JSON or any other artefact, and the
 *   plan after the deploy is empty;
 * - a customer whose certificate is in its file works too;
 * - `npm run key` hands over how to sign in, and no secret;
 * - a customer that moves from a secret to a key gets a new client: its old secret is nowhere, in
 *   Keycloak or the state; moved back, it gets a new client with a new secret, and its key is refused;
 * - a state from before the authenticator record gets one per customer, and no client is replaced.
 */
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { exportJWK, exportPKCS8, generateKeyPair, SignJWT, type JWK, type KeyLike } from "jose";
import { environments } from "../../environments";
import { PROJECT_ROOT, withSandboxStateEncrypted } from "../../testkit/temp-project";
import { loadCatalog } from "../../src/catalog/load-catalog";
import type { KeylessHandover } from "../../src/operations/hand-over-key";
import { secretSweep } from "../../testkit/secret-sweep";
import { startKeycloak, withServerLog, type KeycloakServer } from "../../testkit/keycloak-server";
import { customerFile, specOf, type CustomerSpec } from "../support/customer-files";
import {
  audiences,
  expectCredentialsRefused,
  expectTokenAsGranted as expectSecretTokenAsGranted,
  requestClientCredentialsToken,
  requestToken,
  verifyAccessToken,
  type TokenResponse,
} from "../support/customer-token";
import { DeployedProject } from "../support/deployed-project";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";
import type { ReviewSummary } from "../../src/review/review-summary";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
const PASSPHRASE_VARIABLE = "sandbox_state_passphrase";
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** The bundled example's first sandbox customer: its grants are the keyless customers' grants. */
const example = loadCatalog({ root: PROJECT_ROOT, environments })
  .catalog.customers.map(({ definition }) => specOf(definition))
  .find((spec) => spec.environments.includes(ENVIRONMENT))!;
/** Only in the sandbox, the one environment with an encrypted state here, and with no secret to rotate. */
const keylessSpec = (clientId: string, name: string): CustomerSpec => ({ ...example, clientId, name, environments: [ENVIRONMENT], secretRotation: undefined });
const jwksCustomer = keylessSpec("keyless-jwks", "Keyless JWKS");
const certificateCustomer = keylessSpec("keyless-certificate", "Keyless Certificate");
/** Starts with a secret, moves to a key (a certificate) and back. */
const movingCustomer = keylessSpec("moving-customer", "Moving Customer");

/** A key pair of a customer, with the `kid` its JWKS names it by (none for a certificate's key). */
interface CustomerKey {
  readonly kid: string | undefined;
  readonly privateKey: KeyLike;
  readonly publicJwk: JWK;
}

async function newKey(kid: string | undefined): Promise<CustomerKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const pkcs8 = await exportPKCS8(privateKey);
  // A customer's private key never leaves it: the sweep fails this file wherever it shows up.
  secretSweep.secret(`private key ${kid} of a keyless customer`, pkcs8.replace(/-----[A-Z ]+-----|\s/g, "").slice(0, 200));
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

let keycloak: KeycloakServer;
let project: DeployedProject;
let jwksServer: http.Server;
/** What the JWKS URL serves now; a test rotates the key by changing it. */
let published: JWK[] = [];
let jwksRequests = 0;
let firstKey: CustomerKey;
let certificateKey: CustomerKey;
let movingKey: CustomerKey;
let movingCertificate: string;
let scratch: string;

/** A customer file with `proof`, as a person would write it. */
function keylessFile(spec: CustomerSpec, proof: string): string {
  return customerFile(spec).replace(/\n\}\);\n$/, `\n  proof: ${proof},\n});\n`);
}

/** A self-signed certificate of `key`, made with openssl as a customer's tooling would. */
function selfSignedCertificate(pkcs8: string, subject: string): string {
  const keyFile = path.join(scratch, "key.pem");
  fs.writeFileSync(keyFile, pkcs8, { mode: 0o600 });
  try {
    return execFileSync("openssl", ["req", "-x509", "-new", "-key", keyFile, "-subj", `/CN=${subject}`, "-days", "2"], { encoding: "utf8" });
  } finally {
    fs.rmSync(keyFile);
  }
}

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keyless-customers-"));
  jwksServer = http.createServer((request, response) => {
    jwksRequests += 1;
    response.writeHead(request.url === "/jwks.json" ? 200 : 404, { "content-type": "application/json" });
    response.end(request.url === "/jwks.json" ? JSON.stringify({ keys: published }) : "{}");
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;

  firstKey = await newKey("first");
  published = [firstKey.publicJwk];
  // Keycloak names a certificate's key by a kid of its own: the assertion names none.
  certificateKey = await newKey(undefined);
  const certificate = selfSignedCertificate(await exportPKCS8(certificateKey.privateKey), certificateCustomer.clientId);
  movingKey = await newKey(undefined);
  movingCertificate = selfSignedCertificate(await exportPKCS8(movingKey.privateKey), movingCustomer.clientId);

  keycloak = await startKeycloak();
  project = new DeployedProject(keycloak, ENVIRONMENT, {
    engine: "tofu",
    editEnvironments: (source) => withSandboxStateEncrypted(source, PASSPHRASE_VARIABLE),
  });
  project.setEnv({ [`TF_VAR_${PASSPHRASE_VARIABLE}`]: `keyless-passphrase-${randomBytes(12).toString("hex")}` });
  project.write(`clients/${jwksCustomer.clientId}.ts`, keylessFile(jwksCustomer, `{ jwksUrl: ${JSON.stringify(jwksUrl)} }`));
  project.write(`clients/${certificateCustomer.clientId}.ts`, keylessFile(certificateCustomer, `{ certificate: ${JSON.stringify(certificate)} }`));
  project.write(`clients/${movingCustomer.clientId}.ts`, customerFile(movingCustomer));
  const deploy = await project.deploy();
  console.info(`deploy with two keyless customers and one with a secret, OpenTofu, encrypted state: ${deploy.seconds.toFixed(1)} s`);
});

afterAll(async () => {
  project?.dispose();
  await keycloak?.stop();
  await new Promise((resolve) => jwksServer?.close(resolve));
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

const withLog = (body: () => Promise<void>) => withServerLog(keycloak, body);

/** A client assertion as the customer signs it: RFC 7523, audience the realm's issuer. */
function assertion(clientId: string, key: CustomerKey): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader(key.kid === undefined ? { alg: "RS256" } : { alg: "RS256", kid: key.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(`${keycloak.url}/realms/${REALM}`)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime("60s")
    .sign(key.privateKey);
}

/** Asks for a token as a keyless customer: client_credentials with a signed client assertion. */
async function requestWithAssertion(clientId: string, key: CustomerKey): Promise<TokenResponse> {
  return requestToken(keycloak.url, REALM, {
    grant_type: "client_credentials",
    client_id: clientId,
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: await assertion(clientId, key),
  });
}

/** The token a keyless customer gets with `key`, checked to carry exactly its grants. */
async function expectTokenAsGranted(spec: CustomerSpec, key: CustomerKey): Promise<void> {
  const response = await requestWithAssertion(spec.clientId, key);
  expect({ status: response.status, error: response.body.error, description: response.body.error_description }).toEqual({
    status: 200,
    error: undefined,
    description: undefined,
  });
  expect(response.body.refresh_token).toBeUndefined();
  const token = await verifyAccessToken(keycloak.url, REALM, response.body.access_token!);
  expect({ azp: token.azp, aud: audiences(token), resource_access: token.resource_access, realm_access: token.realm_access }).toEqual({
    azp: spec.clientId,
    aud: Object.keys(spec.grants).sort(),
    resource_access: Object.fromEntries(Object.entries(spec.grants).map(([service, permissions]) => [service, { roles: [...permissions].sort() }])),
    realm_access: undefined,
  });
}

/** Keycloak's words for an assertion signed with a key it has, but another one than the customer's. */
const BAD_SIGNATURE = "Client authentication with signed JWT failed: Signature on JWT token failed validation";
/** ... and for one whose key (by kid) it does not have, also after fetching the JWKS again. */
const UNKNOWN_KEY = "Unable to load public key";

/**
 * Keycloak's answer to an assertion it does not accept: 400 `invalid_client` with `description`,
 * as Keycloak 26.7 answers a failed client assertion (a wrong secret gets 401).
 */
async function expectAssertionRefused(clientId: string, key: CustomerKey, description: string): Promise<void> {
  const response = await requestWithAssertion(clientId, key);
  console.info(`refused assertion of ${clientId}: ${response.status} ${JSON.stringify(response.body)}`);
  expect({ status: response.status, body: response.body }).toEqual({ status: 400, body: { error: "invalid_client", error_description: description } });
}

/** The secret Keycloak generated for a client, read with the admin API (never by the stack). */
async function keycloakSecretOf(clientId: string): Promise<string> {
  const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=${clientId}`);
  const { value } = await keycloak.admin<{ value: string }>("GET", `/realms/${REALM}/clients/${client!.id}/client-secret`);
  secretSweep.secret(`secret Keycloak generated for keyless ${clientId}`, value);
  return value;
}

describe("a keyless customer with a JWKS URL", () => {
  test("signs an assertion with its key and gets a token with exactly its grants", () =>
    withLog(async () => {
      await expectTokenAsGranted(jwksCustomer, firstKey);
      expect(jwksRequests).toBeGreaterThan(0);
    }));

  test("fails when the assertion is signed with another key, or the client's secret is sent", () =>
    withLog(async () => {
      const impostor = { ...(await newKey("first")), kid: firstKey.kid };
      await expectAssertionRefused(jwksCustomer.clientId, impostor, BAD_SIGNATURE);
      // Keycloak did generate a secret for the client; the client-jwt authenticator takes none.
      const secret = await keycloakSecretOf(jwksCustomer.clientId);
      expect(secret.length).toBeGreaterThanOrEqual(32);
      const withSecret = await requestClientCredentialsToken(keycloak.url, REALM, jwksCustomer.clientId, secret);
      console.info(`the client's own secret, sent with HTTP Basic: ${withSecret.status} ${JSON.stringify(withSecret.body)}`);
      expect({ status: withSecret.status, body: withSecret.body }).toEqual({
        status: 400,
        body: { error: "invalid_client", error_description: "Parameter client_assertion_type is missing" },
      });
    }));

  test("no secret of it is in the state or its outputs, and the plan after the deploy is empty", () =>
    withLog(async () => {
      const shown = await project.terraform(["show", "-json", "-no-color"]);
      expect(shown.status).toBe(0);
      const state = JSON.parse(shown.output) as {
        values: { outputs?: Record<string, unknown>; root_module: { resources: { address: string; values: Record<string, unknown> }[] } };
      };
      for (const customer of [jwksCustomer, certificateCustomer]) {
        const client = state.values.root_module.resources.find(({ address }) => address === `keycloak_openid_client.customers_${customer.clientId}`);
        expect({
          client_secret: client?.values.client_secret,
          client_secret_wo: client?.values.client_secret_wo,
          client_secret_wo_version: client?.values.client_secret_wo_version,
          client_authenticator_type: client?.values.client_authenticator_type,
        }).toEqual({ client_secret: null, client_secret_wo: null, client_secret_wo_version: "keyless", client_authenticator_type: "client-jwt" });
        expect(Object.keys(state.values.outputs ?? {})).not.toContain(`customers_${customer.clientId}_client-secret`);
        expect(shown.output).not.toContain(await keycloakSecretOf(customer.clientId));
      }
      // The encrypted state file, as OpenTofu decrypts it: not one secret value for them.
      const pulled = await project.terraform(["state", "pull"]);
      for (const customer of [jwksCustomer, certificateCustomer]) expect(pulled.output).not.toContain(await keycloakSecretOf(customer.clientId));
      expect(fs.readFileSync(path.join(project.stackDir, "cdk.tf.json"), "utf8")).not.toMatch(/"client_secret":/);
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
    }));

  test("npm run key hands over how to sign in, and no secret", () =>
    withLog(async () => {
      const result = await project.keyCommand([ENVIRONMENT, jwksCustomer.clientId, "--json"], { ci: true });
      expect(result.status).toBe(0);
      expect(JSON.parse(result.output) as KeylessHandover).toEqual({
        environment: ENVIRONMENT,
        clientId: jwksCustomer.clientId,
        proof: { jwksUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/jwks\.json$/) },
        algorithm: "RS256",
        tokenUrl: `${keycloak.url}/realms/${REALM}/protocol/openid-connect/token`,
        assertionAudience: `${keycloak.url}/realms/${REALM}`,
        audience: Object.keys(jwksCustomer.grants),
        permissions: jwksCustomer.grants,
      });
    }));

  test("rotates its key in its JWKS and keeps working with the new one; the old key is then refused", () =>
    withLog(async () => {
      const secondKey = await newKey("second");
      published = [secondKey.publicJwk];
      const rotated = Date.now();
      // Keycloak fetches the JWKS again for a kid it has not seen, at most every 10 s.
      let response = await requestWithAssertion(jwksCustomer.clientId, secondKey);
      while (response.status !== 200 && Date.now() - rotated < 60_000) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        response = await requestWithAssertion(jwksCustomer.clientId, secondKey);
      }
      console.info(`new key accepted ${((Date.now() - rotated) / 1000).toFixed(1)} s after the JWKS changed`);
      await expectTokenAsGranted(jwksCustomer, secondKey);
      await expectAssertionRefused(jwksCustomer.clientId, firstKey, UNKNOWN_KEY);
    }));
});

describe("a keyless customer with a certificate", () => {
  test("signs an assertion with its key and gets a token with exactly its grants; another key is refused", () =>
    withLog(async () => {
      await expectTokenAsGranted(certificateCustomer, certificateKey);
      await expectAssertionRefused(certificateCustomer.clientId, firstKey, UNKNOWN_KEY);
    }));
});

/** The Keycloak id (UUID) of a client, read with the admin API. */
async function keycloakIdOf(clientId: string): Promise<string> {
  const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=${clientId}`);
  return client!.id;
}

/** The state as OpenTofu decrypts it (`state pull`), and the attributes of one resource in it. */
async function pulledState(): Promise<{
  text: string;
  addresses: string[];
  attributes: (address: string) => Record<string, unknown> | undefined;
  input: (address: string) => unknown;
}> {
  const pulled = await project.terraform(["state", "pull"]);
  expect(pulled.status).toBe(0);
  const state = JSON.parse(pulled.output) as {
    resources: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[];
  };
  const attributes = (address: string) =>
    state.resources.find((resource) => resource.mode === "managed" && `${resource.type}.${resource.name}` === address)?.instances[0]?.attributes;
  return {
    text: pulled.output,
    addresses: state.resources.filter((resource) => resource.mode === "managed").map((resource) => `${resource.type}.${resource.name}`),
    attributes,
    // A terraform_data's input is stored with its type: { type, value }.
    input: (address) => (attributes(address)?.input as { value?: unknown } | undefined)?.value,
  };
}

/** The review `npm run plan` prints for the files as they are now (it synthesizes, then plans). */
async function reviewNow(): Promise<ReviewSummary> {
  const planned = await project.npm("plan", [ENVIRONMENT, "--json"]);
  expect(planned.status).toBe(0);
  return JSON.parse(planned.output) as ReviewSummary;
}

/** Deploys, and checks that a plan right after it has nothing to do. */
async function deployConverged(): Promise<void> {
  const deploy = await project.deploy();
  console.info(`deploy: ${deploy.seconds.toFixed(1)} s`);
  expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
}

const MOVING_CLIENT = `keycloak_openid_client.customers_${movingCustomer.clientId}`;
const MOVING_AUTHENTICATOR = `terraform_data.customers_${movingCustomer.clientId}_authenticator`;
const MOVING_SECRET_OUTPUT = `customers_${movingCustomer.clientId}_client-secret`;

describe("a state from before the authenticator record (a deployment upgrading)", () => {
  test("gets one terraform_data per customer with a secret, no client is replaced, and the review reports no customer", () =>
    withLog(async () => {
      // The customers with a secret: the example's in the sandbox and the one that moves later.
      const state = await pulledState();
      const customers = state.addresses
        .flatMap((address) => /^terraform_data\.customers_([a-z0-9-]+)_authenticator$/.exec(address)?.[1] ?? [])
        .filter((clientId) => (state.input(`terraform_data.customers_${clientId}_authenticator`) as { keyless?: true }).keyless === undefined)
        .sort();
      expect(customers).toContain(movingCustomer.clientId);
      expect(customers.length).toBeGreaterThanOrEqual(2);
      const before = await Promise.all(customers.map(keycloakIdOf));
      for (const clientId of customers) {
        expect((await project.terraform(["state", "rm", `terraform_data.customers_${clientId}_authenticator`])).status).toBe(0);
      }
      const plan = await project.plan();
      expect(plan).toEqual({
        exitCode: 2,
        changes: customers.map((clientId) => ({
          address: `terraform_data.customers_${clientId}_authenticator`,
          actions: ["create"],
          attributes: expect.any(Array),
        })),
        outputChanges: [],
      });
      const review = await reviewNow();
      expect(review).toMatchObject({
        changes: true,
        counts: { add: customers.length, change: 0, destroy: 0 },
        customers: [],
        warnings: [],
        authenticatorsRecorded: customers.length,
      });
      await deployConverged();
      expect(await Promise.all(customers.map(keycloakIdOf))).toEqual(before);
    }));
});

describe("a customer that moves from a secret to a key, and back", () => {
  let originalSecret: string;
  let originalId: string;
  let keylessId: string;

  test("with its secret, it gets a token with exactly its grants", () =>
    withLog(async () => {
      const handover = await project.key(movingCustomer.clientId);
      originalSecret = handover.clientSecret;
      originalId = await keycloakIdOf(movingCustomer.clientId);
      await expectSecretTokenAsGranted(keycloak.url, REALM, movingCustomer, originalSecret);
      const { input } = await pulledState();
      expect(input(MOVING_AUTHENTICATOR)).toEqual({ authenticator: "client-secret" });
    }));

  test("moved to a key, it gets a new client: its old secret is refused and kept nowhere, its assertion gets a token", () =>
    withLog(async () => {
      project.write(`clients/${movingCustomer.clientId}.ts`, keylessFile(movingCustomer, `{ certificate: ${JSON.stringify(movingCertificate)} }`));
      const review = await reviewNow();
      console.info(`review of the move to a key: ${JSON.stringify(review)}`);
      expect(review.customers).toMatchObject([{ clientId: movingCustomer.clientId, proofMove: "secret-to-key", keyless: true }]);
      expect(review.warnings).toEqual([
        `${MOVING_CLIENT} would be replaced: customer ${movingCustomer.clientId} moves from secret to key: it gets a new client, its secret stops working and none is kept; it signs client assertions with its own key`,
      ]);
      await deployConverged();

      keylessId = await keycloakIdOf(movingCustomer.clientId);
      expect(keylessId).not.toBe(originalId);
      const withOldSecret = await requestClientCredentialsToken(keycloak.url, REALM, movingCustomer.clientId, originalSecret);
      console.info(`the old secret after the move to a key: ${withOldSecret.status} ${JSON.stringify(withOldSecret.body)}`);
      expect({ status: withOldSecret.status, body: withOldSecret.body }).toEqual({
        status: 400,
        body: { error: "invalid_client", error_description: "Parameter client_assertion_type is missing" },
      });
      // The new client's secret, which nobody reads, is not the old one: a move back could not revive it.
      expect(await keycloakSecretOf(movingCustomer.clientId)).not.toBe(originalSecret);
      await expectTokenAsGranted(movingCustomer, movingKey);

      const { text, attributes, input } = await pulledState();
      expect(attributes(MOVING_CLIENT)).toMatchObject({
        client_secret: null,
        client_secret_wo_version: "keyless",
        client_authenticator_type: "client-jwt",
      });
      expect(input(MOVING_AUTHENTICATOR)).toEqual({ authenticator: "client-jwt", keyless: true });
      expect(text).not.toContain(originalSecret);
      expect(text).not.toContain(await keycloakSecretOf(movingCustomer.clientId));
      expect(text).not.toContain(MOVING_SECRET_OUTPUT);
      const outputs = await project.terraform(["output", "-json"]);
      expect(Object.keys(JSON.parse(outputs.output) as object)).not.toContain(MOVING_SECRET_OUTPUT);
    }));

  test("moved back to a secret, it gets a new client with a new secret; its key and its first secret are refused", () =>
    withLog(async () => {
      project.write(`clients/${movingCustomer.clientId}.ts`, customerFile(movingCustomer));
      const review = await reviewNow();
      console.info(`review of the move back to a secret: ${JSON.stringify(review)}`);
      expect(review.customers).toMatchObject([{ clientId: movingCustomer.clientId, proofMove: "key-to-secret" }]);
      expect(review.warnings).toEqual([
        `${MOVING_CLIENT} would be replaced: customer ${movingCustomer.clientId} moves from key to secret: it gets a new client with a new secret, to hand over (\`npm run key\`); its key stops working`,
      ]);
      await deployConverged();

      const secretId = await keycloakIdOf(movingCustomer.clientId);
      expect([secretId === originalId, secretId === keylessId]).toEqual([false, false]);
      const { clientSecret } = await project.key(movingCustomer.clientId);
      expect(clientSecret).not.toBe(originalSecret);
      await expectSecretTokenAsGranted(keycloak.url, REALM, movingCustomer, clientSecret);
      await expectCredentialsRefused(keycloak.url, REALM, movingCustomer.clientId, originalSecret);
      const withKey = await requestWithAssertion(movingCustomer.clientId, movingKey);
      console.info(`the key after the move back to a secret: ${withKey.status} ${JSON.stringify(withKey.body)}`);
      expect({ status: withKey.status, error: withKey.body.error }).toEqual({ status: 401, error: "unauthorized_client" });
      const { attributes, input } = await pulledState();
      expect(input(MOVING_AUTHENTICATOR)).toEqual({ authenticator: "client-secret" });
      expect(attributes(MOVING_CLIENT)).toMatchObject({ client_authenticator_type: "client-secret", client_secret_wo_version: null });
    }));
});
