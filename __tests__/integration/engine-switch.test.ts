/**
 * Moving an environment from terraform to OpenTofu: the sandbox deployed with terraform 1.5.7,
 * then planned, handed over and deployed with OpenTofu from the same state. OpenTofu reads the
 * state terraform wrote and finds nothing to change; every secret stays.
 */
import { environments } from "../../environments";
import { PROJECT_ROOT } from "../../testkit/temp-project";
import { loadCatalog } from "../../src/catalog/load-catalog";
import { specOf } from "../support/customer-files";
import { expectTokenAsGranted } from "../support/customer-token";
import { DeployedProject } from "../support/deployed-project";
import { startKeycloak, type KeycloakServer } from "../../testkit/keycloak-server";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
const CUSTOMERS = loadCatalog({ root: PROJECT_ROOT, environments })
  .catalog.customers.map(({ definition }) => specOf(definition))
  .filter((customer) => customer.environments.includes(ENVIRONMENT));

let keycloak: KeycloakServer;
let project: DeployedProject;
const secrets = new Map<string, string>();

beforeAll(async () => {
  keycloak = await startKeycloak();
  project = new DeployedProject(keycloak, ENVIRONMENT, { engine: "terraform" });
  await project.deploy();
  for (const customer of CUSTOMERS) secrets.set(customer.clientId, (await project.key(customer.clientId)).clientSecret);
});

afterAll(async () => {
  project?.dispose();
  await keycloak?.stop();
});

test("terraform wrote the state", () => {
  expect(project.read("state/sandbox.tfstate")).toContain('"terraform_version": "1.5.7"');
});

test("the stack's lock file names terraform's registry, so OpenTofu needs an init first: a bare plan says so", async () => {
  project.useEngine("tofu");
  const plan = await project.terraform(["plan", "-input=false", "-no-color"]);
  expect(plan.status).toBe(1);
  expect(plan.output).toContain("provider registry.opentofu.org/keycloak/keycloak: required by this configuration but no version is selected");
});

test("OpenTofu reads terraform's state: cdktf diff (which runs init) and a plan change nothing, npm run key hands over the same secrets", async () => {
  const diff = await project.cdktf(["diff", ENVIRONMENT, "--skip-provider-lock"]);
  expect({ status: diff.status, noChanges: diff.output.includes("No changes") }).toEqual({ status: 0, noChanges: true });
  expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
  for (const customer of CUSTOMERS) {
    expect({ clientId: customer.clientId, secret: (await project.key(customer.clientId)).clientSecret }).toEqual({
      clientId: customer.clientId,
      secret: secrets.get(customer.clientId),
    });
  }
});

test("a deploy with OpenTofu takes the state over, and every customer's token is as granted with the same secret", async () => {
  await project.deploy();
  expect(project.read("state/sandbox.tfstate")).not.toContain('"terraform_version": "1.5.7"');
  for (const customer of CUSTOMERS) await expectTokenAsGranted(keycloak.url, REALM, customer, secrets.get(customer.clientId)!);
  expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
});
