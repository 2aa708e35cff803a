/**
 * Secrets at rest and in transit through logs, against a real Keycloak with OpenTofu:
 * - the sandbox deployed with state encryption on: the state file holds none of the secrets
 *   `npm run key` hands over (and that command still works); a deploy with a wrong or missing
 *   key, or with terraform, fails with a clear message and changes neither the state nor Keycloak;
 * - canaries planted where a careless person would (admin credentials in the deploy's
 *   environment, a credential in a customer's contact) appear in no synthesized file, state, deploy
 *   or diff output, or error message.
 */
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { environments } from "../../environments";
import { PROJECT_ROOT, withSandboxStateEncrypted } from "../../testkit/temp-project";
import { loadCatalog } from "../../src/catalog/load-catalog";
import { customerFile, specOf, type CustomerSpec } from "../support/customer-files";
import { expectTokenAsGranted } from "../support/customer-token";
import { DeployedProject, type CommandResult } from "../support/deployed-project";
import { logTail, startKeycloak, type KeycloakServer } from "../../testkit/keycloak-server";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
const PASSPHRASE_VARIABLE = "sandbox_state_passphrase";
const STATE_FILE = "state/sandbox.tfstate";
const CUSTOMERS: CustomerSpec[] = loadCatalog({ root: PROJECT_ROOT, environments })
  .catalog.customers.map(({ definition }) => specOf(definition))
  .filter((customer) => customer.environments.includes(ENVIRONMENT));

/** Recognisable fakes, planted where a careless person would put a real one. */
const CANARY = {
  adminPassword: `CANARY-admin-${randomBytes(9).toString("hex")}`,
  awsSecret: `CANARY-aws-${randomBytes(9).toString("hex")}`,
  variable: `CANARY-tfvar-${randomBytes(9).toString("hex")}`,
  contact: `sk_live_CANARY${randomBytes(9).toString("hex")}Qx`,
};

let keycloak: KeycloakServer;
let project: DeployedProject;
/** A canary too: the secret sweep (testkit/secret-sweep.ts) fails this file wherever it shows up. */
const passphrase = `canary-passphrase-${randomBytes(12).toString("hex")}`;
const secrets = new Map<string, string>();
/** Every command's output, to search for secrets at the end. */
const outputs: string[] = [];

beforeAll(async () => {
  keycloak = await startKeycloak();
  project = new DeployedProject(keycloak, ENVIRONMENT, {
    engine: "tofu",
    editEnvironments: (source) => withSandboxStateEncrypted(source, PASSPHRASE_VARIABLE),
  });
  project.setEnv({
    [`TF_VAR_${PASSPHRASE_VARIABLE}`]: passphrase,
    // What a careless person leaves in a deploy's environment; the provider reads none of them.
    KEYCLOAK_ADMIN_PASSWORD: CANARY.adminPassword,
    KC_BOOTSTRAP_ADMIN_PASSWORD: CANARY.adminPassword,
    AWS_SECRET_ACCESS_KEY: CANARY.awsSecret,
    TF_VAR_keycloak_admin_password: CANARY.variable,
  });
  const first = await project.deploy();
  outputs.push(first.output);
  console.info(`first encrypted deploy with tofu: ${first.seconds.toFixed(1)} s`);
  for (const customer of CUSTOMERS) secrets.set(customer.clientId, (await project.key(customer.clientId)).clientSecret);
});

afterAll(async () => {
  project?.dispose();
  await keycloak?.stop();
});

function stateBytes(): string {
  return createHash("sha256")
    .update(fs.readFileSync(path.join(project.root, STATE_FILE)))
    .digest("hex");
}

/** Every file of the temporary project but the linked sources and dependencies: state, cdktf.out, .terraform, plans. */
function projectFiles(dir = project.root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return [];
    if (entry.isDirectory()) return projectFiles(file);
    return entry.isFile() ? [file] : [];
  });
}

/** The project files and outputs that contain `needle`, for a readable failure. */
function whereFound(needle: string): string[] {
  return [
    ...projectFiles()
      .filter((file) => !file.includes(`${path.sep}providers${path.sep}`)) // the provider binary in .terraform
      .filter((file) => fs.readFileSync(file).includes(needle))
      .map((file) => path.relative(project.root, file)),
    ...outputs.flatMap((output, index) => (output.includes(needle) ? [`command output #${index}`] : [])),
  ];
}

async function expectEveryTokenAsBefore(): Promise<void> {
  for (const customer of CUSTOMERS) {
    expect({ clientId: customer.clientId, secret: (await project.key(customer.clientId)).clientSecret }).toEqual({
      clientId: customer.clientId,
      secret: secrets.get(customer.clientId),
    });
    await expectTokenAsGranted(keycloak.url, REALM, customer, secrets.get(customer.clientId)!);
  }
}

/**
 * A deploy that must fail: it returns the result, its output on one line (cdktf wraps the
 * engine's messages to the terminal's width), and leaves the state file as it was.
 */
async function failingDeploy(): Promise<CommandResult & { readonly message: string }> {
  const before = stateBytes();
  const result = await project.cdktf(["deploy", ENVIRONMENT, "--auto-approve", "--skip-provider-lock"]);
  outputs.push(result.output);
  expect(result.status).not.toBe(0);
  expect(stateBytes()).toBe(before);
  return { ...result, message: result.output.replace(/\s+/g, " ") };
}

/** Runs `check` with the passphrase variable set to `value`, and puts the right one back whatever happens. */
async function withPassphrase(value: string | undefined, check: () => Promise<void>): Promise<void> {
  project.setEnv({ [`TF_VAR_${PASSPHRASE_VARIABLE}`]: value });
  try {
    await check();
  } finally {
    project.setEnv({ [`TF_VAR_${PASSPHRASE_VARIABLE}`]: passphrase });
  }
}

describe("with OpenTofu's state encryption on", () => {
  test("npm run key hands over every customer's secret, and it gets a token", async () => {
    expect(secrets.size).toBe(CUSTOMERS.length);
    await expectEveryTokenAsBefore();
  });

  test("the state file is encrypted and holds no customer secret in clear text", () => {
    const state = JSON.parse(fs.readFileSync(path.join(project.root, STATE_FILE), "utf8")) as Record<string, unknown>;
    // OpenTofu's envelope: the whole state is in encrypted_data; no resources, outputs or version in clear.
    expect(Object.keys(state).sort()).toEqual(["encrypted_data", "encryption_version", "lineage", "meta", "serial"]);
    for (const [clientId, secret] of secrets) expect({ clientId, foundIn: whereFound(secret) }).toEqual({ clientId, foundIn: [] });
  });

  test("fails with a wrong key, clearly, and changes neither the state nor any secret", async () => {
    await withPassphrase(randomBytes(24).toString("base64url"), async () => {
      const { message } = await failingDeploy();
      expect(message).toContain("Error refreshing state decryption failed for all provided methods");
      expect(message).toContain("cipher: message authentication failed");
    });
    await expectEveryTokenAsBefore();
  });

  test("fails with a key shorter than 16 characters, saying so", () =>
    withPassphrase("too-short", async () => {
      const { message } = await failingDeploy();
      expect(message).toContain("key_provider.pbkdf2.state failed with error: passphrase is too short (minimum 16 characters)");
    }));

  test("fails without a key, naming the variable to set", () =>
    withPassphrase(undefined, async () => {
      const { message } = await failingDeploy();
      expect(message).toContain(`encryption.key_provider.pbkdf2.state depends on var.${PASSPHRASE_VARIABLE} which is not available`);
    }));

  test("fails with terraform, which has no state encryption: it cannot read the encrypted state", async () => {
    project.useEngine("terraform");
    try {
      const { message } = await failingDeploy();
      // terraform reads the state before the configuration; on an environment with no state yet it
      // stops at the configuration instead: No argument or block type is named "encryption".
      expect(message).toContain('Error refreshing state: Unsupported state file format: The state file does not have a "version" attribute');
    } finally {
      project.useEngine("tofu");
    }
  });

  test("the next deploy with the right key converges: no changes, every secret as before", async () => {
    const result = await project.deploy();
    outputs.push(result.output);
    expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
    await expectEveryTokenAsBefore();
  });
});

describe("canaries", () => {
  test("a credential in a customer's contact is refused before synthesis; the error hides it", async () => {
    const customer = { ...CUSTOMERS[0]!, clientId: "canary-customer", contact: `ops@canary.example password=${CANARY.contact}` };
    project.write(`clients/${customer.clientId}.ts`, customerFile(customer));
    try {
      const { message } = await failingDeploy();
      expect(message).toContain(
        "clients/canary-customer.ts: contact = (hidden: looks like a secret): looks like a password, token or key; it would be published in the configuration and the review, so remove it (and rotate that credential) [no-secret-in-text]",
      );
    } finally {
      project.remove(`clients/${customer.clientId}.ts`);
    }
  });

  test("a diff (the review summary) with canaries in the environment shows none and reports no changes", async () => {
    const diff = await project.cdktf(["diff", ENVIRONMENT, "--skip-provider-lock"]);
    outputs.push(diff.output);
    expect(diff.status).toBe(0);
    expect(diff.output).toContain("No changes");
  });

  test("no canary, admin credential or state passphrase is in any project file, the state, the snapshots or any output", () => {
    const planted = {
      ...CANARY,
      deployClientSecret: keycloak.deployClient.clientSecret,
      adminPassword: keycloak.adminPassword,
      passphrase,
    };
    const snapshots = fs
      .readdirSync(path.join(PROJECT_ROOT, "__tests__", "__snapshots__"))
      .map((file) => fs.readFileSync(path.join(PROJECT_ROOT, "__tests__", "__snapshots__", file), "utf8"))
      .join("\n");
    for (const [name, value] of Object.entries(planted)) {
      expect({ name, foundIn: whereFound(value), inSnapshots: snapshots.includes(value) }).toEqual({ name, foundIn: [], inSnapshots: false });
    }
    expect(outputs.length).toBeGreaterThanOrEqual(8);
    expect(logTail(keycloak.logFile, 10_000)).not.toContain(CANARY.contact);
  });
});
