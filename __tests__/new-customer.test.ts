import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, exampleFiles, tempProject, withSandboxStateEncrypted } from "../testkit/temp-project";
import { CERTIFICATE } from "./support/keyless";
import { loadCatalog } from "../src/catalog/load-catalog";
import { loadEnvironments } from "../src/operations/stack-workspace";
import { INTEGRATION_TEST_CEILING_MS } from "../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

/** Runs an npm script in `cwd` the way a person would, without colours. */
function npm(cwd: string, ...args: string[]) {
  return spawnSync("npm", ["run", "--silent", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
}

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe("npm run new-customer", () => {
  let root: string;
  beforeEach(() => {
    root = tempProject(exampleFiles());
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const newCustomer = (...args: string[]) => npm(root, "new-customer", "--", ...args);
  const VALID = [
    "--name",
    'Wile E. "Super Genius" Coyote',
    "--contact",
    "wile@acme.example",
    "--grant",
    "orders-api:orders:read",
    "--grant",
    "orders-api:orders:write",
    "--environment",
    "sandbox",
  ];

  /** Asserts the command refused with exactly `message` on stderr and wrote nothing. */
  function expectRefused(result: ReturnType<typeof npm>, file: string, message: string) {
    expect(result.stderr).toBe(`${message}\n`);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(fs.existsSync(path.join(root, file))).toBe(false);
  }

  test("writes the customer's file in the project's style, prints the next steps, and the file compiles and synthesizes", () => {
    const result = newCustomer("--client-id", "wile-e", ...VALID);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `Wrote clients/wile-e.ts. Next steps (README, "Onboard a customer in a pull request"):
  1. npm run test:fast: the snapshot test fails and shows the change: a new
     keycloak_openid_client.customers_wile-e, its scopes, service-account roles and authenticator record.
  2. Read the diff, record the customer with \`npm run inventory\`, accept the snapshot with \`npm run test:fast -- -u\`,
     and commit customers.inventory.json, clients/wile-e.ts with the updated __tests__/__snapshots__/.
  3. Open the pull request: the reviewer reads the same snapshot diff; merging and deploying is the pipeline's job.
`,
    );
    expect(fs.readFileSync(path.join(root, "clients", "wile-e.ts"), "utf8")).toBe(
      `import { defineCustomer } from "../src/definitions/customer";
import ordersApi from "../scopes/orders-api";

export default defineCustomer({
  clientId: "wile-e",
  name: "Wile E. \\"Super Genius\\" Coyote",
  contact: "wile@acme.example",
  grants: [ordersApi.grant("orders:read", "orders:write")],
  environments: ["sandbox"],
});
`,
    );

    // What cdktf synth runs: the type-check, then main.ts.
    const app = npm(root, "app");
    expect(app.stderr).toBe("");
    expect(app.status).toBe(0);
    const sandbox = JSON.parse(fs.readFileSync(path.join(root, "cdktf.out", "stacks", "sandbox", "cdk.tf.json"), "utf8")) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(sandbox.resource.keycloak_openid_client!["customers_wile-e"]).toMatchObject({
      client_id: "wile-e",
      name: 'Wile E. "Super Genius" Coyote',
      access_type: "CONFIDENTIAL",
      service_accounts_enabled: true,
    });
    expect(sandbox.resource.keycloak_user_roles!["customers_wile-e_service-account-roles"]!.role_ids).toEqual([
      "${keycloak_role.services_orders-api_role_orders_read.id}",
      "${keycloak_role.services_orders-api_role_orders_write.id}",
    ]);
    const production = fs.readFileSync(path.join(root, "cdktf.out", "stacks", "production", "cdk.tf.json"), "utf8");
    expect(production).not.toContain("wile-e");
  });

  test("fails when a grant names an unknown service", () => {
    const result = newCustomer("--client-id", "wile-e", ...VALID, "--grant", "billing-api:invoices:read");
    expectRefused(
      result,
      "clients/wile-e.ts",
      `1 problem; clients/wile-e.ts was not written:
  clients/wile-e.ts: grants[1].service = "billing-api": is not a service declared in scopes/ (orders-api) [grant-service-declared]`,
    );
  });

  test("fails when a grant names a permission the service does not declare", () => {
    const result = newCustomer("--client-id", "wile-e", ...VALID, "--grant", "orders-api:orders:delete");
    expectRefused(
      result,
      "clients/wile-e.ts",
      `1 problem; clients/wile-e.ts was not written:
  clients/wile-e.ts: grants[0].permissions[2] = "orders:delete": is not a permission of orders-api (orders:read, orders:write) [grant-permission-declared]`,
    );
  });

  test("fails when the client id is not a lowercase slug", () => {
    const result = newCustomer("--client-id", "Wile_E", ...VALID);
    expectRefused(
      result,
      "clients/Wile_E.ts",
      `1 problem; clients/Wile_E.ts was not written:
  clients/Wile_E.ts: clientId = "Wile_E": must be 3 to 63 characters of lowercase letters, digits and single hyphens, starting and ending with a letter or digit [client-id-format]`,
    );
  });

  test("fails when the client id is taken: the existing file is left as it was", () => {
    const before = fs.readFileSync(path.join(root, "clients", "acme-logistics.ts"), "utf8");
    const result = newCustomer("--client-id", "acme-logistics", ...VALID);
    expect(result.stderr).toBe(
      `1 problem; clients/acme-logistics.ts was not written:
  clients/acme-logistics.ts: clientId = "acme-logistics": must be unique across clients/ and scopes/, ignoring case; also declared by clients/acme-logistics.ts (customer) [client-id-unique]
`,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(fs.readFileSync(path.join(root, "clients", "acme-logistics.ts"), "utf8")).toBe(before);
  });

  test("fails when the client id is a service's: both files named", () => {
    const result = newCustomer("--client-id", "orders-api", ...VALID);
    expectRefused(
      result,
      "clients/orders-api.ts",
      `2 problems; clients/orders-api.ts was not written:
  clients/orders-api.ts: clientId = "orders-api": must be unique across clients/ and scopes/, ignoring case; also declared by scopes/orders-api.ts (service) [client-id-unique]
  scopes/orders-api.ts: clientId = "orders-api": must be unique across clients/ and scopes/, ignoring case; also declared by clients/orders-api.ts (customer) [client-id-unique]`,
    );
  });

  test("fails with every problem at once: blank name, bad contact, no grant, undeclared environment", () => {
    const result = newCustomer("--client-id", "wile-e", "--name", " ", "--contact", "wile", "--environment", "staging");
    expectRefused(
      result,
      "clients/wile-e.ts",
      `4 problems; clients/wile-e.ts was not written:
  clients/wile-e.ts: name = " ": must be non-blank text [customer-name]
  clients/wile-e.ts: contact = "wile": must be an e-mail address in ASCII, e.g. api@acme.example [customer-contact]
  clients/wile-e.ts: grants = []: must grant at least one service, e.g. \`grants: [ordersApi.grant("orders:read")]\` [customer-grants-present]
  clients/wile-e.ts: environments[0] = "staging": is not a declared environment (sandbox, production) [environment-declared]`,
    );
  });

  test("fails on a flag it does not know, suggesting the one it resembles and --help", () => {
    const result = newCustomer("--client-id", "wile-e", "--grants", "orders-api:orders:read");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("error: unknown option '--grants'\n(Did you mean --grant?)\n(add --help for usage)\n");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(fs.existsSync(path.join(root, "clients", "wile-e.ts"))).toBe(false);
  });
});

describe("npm run new-customer for a keyless customer (--jwks-url, --certificate)", () => {
  let root: string;
  beforeEach(() => {
    // Keyless customers need an encrypted state: the sandbox has one here, production not.
    const environments = withSandboxStateEncrypted(fs.readFileSync(path.join(PROJECT_ROOT, "environments.ts"), "utf8"), "sandbox_state_passphrase");
    root = tempProject({ ...exampleFiles(), "environments.ts": environments });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const newCustomer = (...args: string[]) => npm(root, "new-customer", "--", ...args);
  const VALID = ["--name", "Wile E.", "--contact", "wile@acme.example", "--grant", "orders-api:orders:read", "--environment", "sandbox"];
  const JWKS_URL = "https://keys.acme.example/.well-known/jwks.json";
  const header = `import { defineCustomer } from "../src/definitions/customer";
import ordersApi from "../scopes/orders-api";

export default defineCustomer({
  clientId: "wile-e",
  name: "Wile E.",
  contact: "wile@acme.example",
  grants: [ordersApi.grant("orders:read")],
  environments: ["sandbox"],
`;

  /** Asserts the command refused with exactly `message` on stderr and wrote nothing. */
  function expectRefused(result: ReturnType<typeof npm>, message: string) {
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 1, stdout: "", stderr: `${message}\n` });
    expect(fs.existsSync(path.join(root, "clients", "wile-e.ts"))).toBe(false);
  }

  test("--jwks-url writes proof.jwksUrl, and the file synthesizes to a client-jwt client with no secret output", () => {
    const result = newCustomer("--client-id", "wile-e", ...VALID, "--jwks-url", JWKS_URL);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(fs.readFileSync(path.join(root, "clients", "wile-e.ts"), "utf8")).toBe(`${header}  proof: { jwksUrl: "${JWKS_URL}" },\n});\n`);

    const app = npm(root, "app");
    expect({ status: app.status, stderr: app.stderr }).toEqual({ status: 0, stderr: "" });
    const sandbox = JSON.parse(fs.readFileSync(path.join(root, "cdktf.out", "stacks", "sandbox", "cdk.tf.json"), "utf8")) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
      output?: Record<string, unknown>;
    };
    expect(sandbox.resource.keycloak_openid_client!["customers_wile-e"]).toMatchObject({
      client_authenticator_type: "client-jwt",
      client_secret_wo_version: "keyless",
      extra_config: { "use.jwks.url": "true", "jwks.url": JWKS_URL },
    });
    expect(sandbox.resource.terraform_data!["customers_wile-e_authenticator"]).toMatchObject({ input: { authenticator: "client-jwt", keyless: true } });
    expect(Object.keys(sandbox.output ?? {})).not.toContain("customers_wile-e_client-secret");
  });

  test("--certificate writes the file's PEM certificate as proof.certificate, which the loader reads back as it was", () => {
    fs.writeFileSync(path.join(root, "wile.pem"), CERTIFICATE);
    const result = newCustomer("--client-id", "wile-e", ...VALID, "--certificate", "wile.pem");
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(fs.readFileSync(path.join(root, "clients", "wile-e.ts"), "utf8")).toBe(`${header}  proof: { certificate: \`${CERTIFICATE.trim()}\` },\n});\n`);
    const { catalog, problems } = loadCatalog({ root, environments: loadEnvironments(root) });
    expect(problems).toEqual([]);
    expect(catalog.customers.find(({ definition }) => definition.clientId === "wile-e")?.definition.proof).toEqual({ certificate: CERTIFICATE.trim() });
  });

  test("fails like a hand-written file: a JWKS URL over http", () => {
    expectRefused(
      newCustomer("--client-id", "wile-e", ...VALID, "--jwks-url", "http://keys.acme.example/jwks.json"),
      `1 problem; clients/wile-e.ts was not written:
  clients/wile-e.ts: proof.jwksUrl = "http://keys.acme.example/jwks.json": must be an https URL where the customer publishes its public keys, without credentials or #fragment (http only on loopback: localhost, 127.0.0.1, [::1]) [customer-proof-jwks-url]`,
    );
  });

  test("fails like a hand-written file: both a JWKS URL and a certificate", () => {
    fs.writeFileSync(path.join(root, "wile.pem"), CERTIFICATE);
    expectRefused(
      newCustomer("--client-id", "wile-e", ...VALID, "--jwks-url", JWKS_URL, "--certificate", "wile.pem"),
      `1 problem; clients/wile-e.ts was not written:
  clients/wile-e.ts: proof = {"jwksUrl":"${JWKS_URL}","certificate":"---…: must name exactly one of jwksUrl and certificate, not both [customer-proof-shape]`,
    );
  });

  test("fails like a hand-written file: a certificate file that holds no PEM certificate", () => {
    fs.writeFileSync(path.join(root, "wile.pem"), "not a certificate\n");
    expectRefused(
      newCustomer("--client-id", "wile-e", ...VALID, "--certificate", "wile.pem"),
      `1 problem; clients/wile-e.ts was not written:
  clients/wile-e.ts: proof.certificate = "not a certificate\\n": must be one X.509 certificate in PEM: "-----BEGIN CERTIFICATE-----\\n<base64>\\n-----END CERTIFICATE-----" [customer-proof-certificate]`,
    );
  });

  test("fails like a hand-written file: an environment whose state is not encrypted", () => {
    expectRefused(
      newCustomer("--client-id", "wile-e", ...VALID, "--environment", "production", "--jwks-url", JWKS_URL),
      `1 problem; clients/wile-e.ts was not written:
  clients/wile-e.ts: environments[1] = "production": deploys with terraform (its state is not encrypted), which cannot keep a keyless customer's client secret out of the state; a customer with proof needs an environment with state.encryption (OpenTofu) [customer-proof-engine]`,
    );
  });

  test("fails when the certificate file cannot be read, naming it", () => {
    expectRefused(newCustomer("--client-id", "wile-e", ...VALID, "--certificate", "missing.pem"), "error: --certificate missing.pem: cannot be read (ENOENT)");
  });
});
