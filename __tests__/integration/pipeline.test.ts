/**
 * The pipeline's commands, run as its jobs run them, against a real Keycloak: plan and review a
 * change touching several customers, apply exactly the saved plan, and the drift check.
 */
import { environments } from "../../environments";
import { PROJECT_ROOT } from "../../testkit/temp-project";
import { loadCatalog } from "../../src/catalog/load-catalog";
import type { ReviewSummary } from "../../src/review/review-summary";
import { customerFile, serviceFile, specOf, type CustomerSpec } from "../support/customer-files";
import { expectTokenAsGranted } from "../support/customer-token";
import { DeployedProject } from "../support/deployed-project";
import { withServerLog, startKeycloak, type KeycloakServer } from "../../testkit/keycloak-server";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
const CUSTOMERS: CustomerSpec[] = loadCatalog({ root: PROJECT_ROOT, environments })
  .catalog.customers.map(({ definition }) => specOf(definition))
  .filter((customer) => customer.environments.includes(ENVIRONMENT));
const [changed, suspended] = CUSTOMERS as [CustomerSpec, CustomerSpec];
const removed = CUSTOMERS[CUSTOMERS.length - 1]!;
const added: CustomerSpec = {
  clientId: "hooli-xyz",
  name: "Hooli XYZ",
  contact: "api@hooli.example",
  grants: { ...changed.grants },
  environments: [ENVIRONMENT],
  enabled: true,
};
const BILLING = "billing-api";

let keycloak: KeycloakServer;
let project: DeployedProject;

beforeAll(async () => {
  keycloak = await startKeycloak();
  project = new DeployedProject(keycloak, ENVIRONMENT);
});

afterAll(async () => {
  project?.dispose();
  await keycloak?.stop();
});

/** Adds the server log's tail to a failing assertion's message. */
const withLog = (check: () => Promise<void>) => withServerLog(keycloak, check);

async function npmJson<T>(script: string, args: readonly string[]): Promise<T> {
  const result = await project.npm(script, args);
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status}):\n${result.output}`);
  return JSON.parse(result.output) as T;
}

test("the example has at least three sandbox customers to change in different ways", () => {
  expect(CUSTOMERS.length).toBeGreaterThanOrEqual(3);
});

test("the first deploy: plan saves a plan whose review adds every customer, apply applies it, and no drift is left", () =>
  withLog(async () => {
    const planned = await project.npm("plan", [ENVIRONMENT, "--json"]);
    expect(planned.status).toBe(0);
    const review = JSON.parse(planned.output) as ReviewSummary;
    expect(review.customers.map((customer) => [customer.clientId, customer.lifecycle])).toEqual(
      CUSTOMERS.map((customer) => [customer.clientId, "added"]).sort(),
    );
    const applied = await project.npm("apply", [ENVIRONMENT]);
    expect(applied.status).toBe(0);
    console.info(`the example's first deploy through the pipeline: plan + review ${planned.seconds.toFixed(1)} s, apply ${applied.seconds.toFixed(1)} s`);
    expect(applied.output).toContain("Apply complete!");
    expect(await project.npm("drift", [ENVIRONMENT])).toMatchObject({
      status: 0,
      output: `No drift: Keycloak matches the files in ${ENVIRONMENT}.\n`,
    });
  }));

describe("a pull request that changes several customers, while someone edited Keycloak by hand", () => {
  let review: ReviewSummary;
  let markdown: string;
  const secrets = new Map<string, string>();

  beforeAll(async () => {
    for (const customer of CUSTOMERS) secrets.set(customer.clientId, (await project.key(customer.clientId)).clientSecret);
    project.write(`scopes/${BILLING}.ts`, serviceFile(BILLING, "Billing API: invoices", ["billing:read", "billing:write"]));
    project.write(
      `clients/${changed.clientId}.ts`,
      customerFile({ ...changed, grants: { [BILLING]: ["billing:read"] }, secretRotation: `${changed.secretRotation ?? "first"}-next` }),
    );
    project.write(`clients/${suspended.clientId}.ts`, customerFile({ ...suspended, enabled: false }));
    project.remove(`clients/${removed.clientId}.ts`);
    project.write(`clients/${added.clientId}.ts`, customerFile(added));
    const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=${suspended.clientId}`);
    const current = await keycloak.admin<object>("GET", `/realms/${REALM}/clients/${client!.id}`);
    await keycloak.admin("PUT", `/realms/${REALM}/clients/${client!.id}`, { ...current, standardFlowEnabled: true });

    review = await npmJson<ReviewSummary>("plan", [ENVIRONMENT, "--json"]);
    const shown = await project.npm("review", [ENVIRONMENT]);
    expect(shown.status).toBe(0);
    markdown = shown.output;
    console.info(`review of the pull request:\n${markdown}`);
  });

  test("the review names each customer with what happens to it, and each service", () => {
    const nothing = { suspended: false, reenabled: false, rotated: false, detailsChanged: false, restored: [] };
    expect(review.customers).toEqual(
      [
        {
          ...nothing,
          clientId: changed.clientId,
          lifecycle: "changed",
          rotated: true,
          granted: { [BILLING]: ["billing:read"] },
          revoked: changed.grants,
          servicesGranted: [BILLING],
          servicesRevoked: Object.keys(changed.grants).sort(),
        },
        {
          ...nothing,
          clientId: suspended.clientId,
          lifecycle: "changed",
          suspended: true,
          granted: {},
          revoked: {},
          servicesGranted: [],
          servicesRevoked: [],
          restored: ["client: standard_flow_enabled"],
        },
        { ...nothing, clientId: removed.clientId, lifecycle: "removed", granted: {}, revoked: {}, servicesGranted: [], servicesRevoked: [] },
        {
          ...nothing,
          clientId: added.clientId,
          lifecycle: "added",
          granted: added.grants,
          revoked: {},
          servicesGranted: Object.keys(added.grants).sort(),
          servicesRevoked: [],
        },
      ].sort((a, b) => a.clientId.localeCompare(b.clientId)),
    );
    expect(review.services).toEqual([
      { clientId: BILLING, lifecycle: "added", permissionsAdded: ["billing:read", "billing:write"], permissionsRemoved: [], restored: [] },
    ]);
    expect(review.warnings).toEqual([`customer ${removed.clientId} is removed: its client is destroyed and its API key stops working`]);
  });

  test("the Markdown puts the removal first, loudly, and one row per customer", () => {
    expect(markdown).toContain(`> **Warning:** customer ${removed.clientId} is removed: its client is destroyed and its API key stops working`);
    expect(markdown).toContain(`| \`${removed.clientId}\` | **removed: its client is destroyed and its API key stops working** |`);
    expect(markdown).toContain(
      `| \`${suspended.clientId}\` | **suspended**: tokens are refused until it is re-enabled · changed by hand in Keycloak, put back: client: standard_flow_enabled |`,
    );
    expect(markdown).toContain(`| \`${BILLING}\` | added · permissions added: billing:read, billing:write |`);
    expect(markdown).toMatch(new RegExp(`\\| \`${changed.clientId}\` \\| \\*\\*secret rotated\\*\\*: .* · aud gains ${BILLING} · `));
  });

  test("the review holds no secret", () => {
    for (const secret of secrets.values()) {
      expect(markdown).not.toContain(secret);
      expect(JSON.stringify(review)).not.toContain(secret);
    }
  });

  test("apply applies exactly the saved plan, not a file changed after it; tokens follow the planned files, and no drift is left", () =>
    withLog(async () => {
      // A commit lands between the plan job and the apply job: the added customer is granted the
      // new service instead. The apply must not pick it up; the planned grants are what it applies.
      const plannedFile = project.read(`clients/${added.clientId}.ts`);
      project.write(`clients/${added.clientId}.ts`, customerFile({ ...added, grants: { [BILLING]: ["billing:write"] } }));
      const applied = await project.npm("apply", [ENVIRONMENT]);
      expect(applied.status).toBe(0);
      for (const customer of [added, { ...changed, grants: { [BILLING]: ["billing:read"] } }]) {
        await expectTokenAsGranted(keycloak.url, REALM, customer, (await project.key(customer.clientId)).clientSecret);
      }
      // The later edit is what the drift check now sees as the difference; without it, none is left.
      project.write(`clients/${added.clientId}.ts`, plannedFile);
      expect(await project.npm("drift", [ENVIRONMENT])).toMatchObject({ status: 0 });
    }));

  test("applying the same plan again is refused: it was consumed", async () => {
    expect(await project.npm("apply", [ENVIRONMENT])).toMatchObject({
      status: 1,
      output: `error: no saved plan plans/${ENVIRONMENT}.tfplan; run \`npm run plan -- ${ENVIRONMENT}\` first\n`,
    });
  });
});

test("the drift check fails and names the customer and the setting someone changed by hand", () =>
  withLog(async () => {
    const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=${added.clientId}`);
    const current = await keycloak.admin<object>("GET", `/realms/${REALM}/clients/${client!.id}`);
    await keycloak.admin("PUT", `/realms/${REALM}/clients/${client!.id}`, { ...current, directAccessGrantsEnabled: true, webOrigins: ["+"] });
    const drift = await project.npm("drift", [ENVIRONMENT]);
    expect(drift.status).toBe(1);
    expect(drift.output).toContain("Keycloak differs from the files:");
    expect(drift.output).toContain(
      `| \`${added.clientId}\` | changed by hand in Keycloak, put back: client: direct_access_grants_enabled, client: web_origins |`,
    );
  }));

test("a second pull request: the review says re-enabled, and warns that a client deleted by hand comes back with a new secret", () =>
  withLog(async () => {
    const oldSecret = (await project.key(added.clientId)).clientSecret;
    project.write(`clients/${suspended.clientId}.ts`, customerFile({ ...suspended, enabled: true }));
    const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=${added.clientId}`);
    await keycloak.admin("DELETE", `/realms/${REALM}/clients/${client!.id}`);

    const review = await npmJson<ReviewSummary>("plan", [ENVIRONMENT, "--json"]);
    expect(review.customers.map(({ clientId, lifecycle, reenabled }) => ({ clientId, lifecycle, reenabled }))).toEqual(
      [
        { clientId: added.clientId, lifecycle: "recreated", reenabled: false },
        { clientId: suspended.clientId, lifecycle: "changed", reenabled: true },
      ].sort((a, b) => a.clientId.localeCompare(b.clientId)),
    );
    expect(review.warnings).toEqual([
      `customer ${added.clientId}'s client was deleted outside the stack: it is created again with a new secret; hand the new key over`,
    ]);

    expect(await project.npm("apply", [ENVIRONMENT])).toMatchObject({ status: 0 });
    const newSecret = (await project.key(added.clientId)).clientSecret;
    expect(newSecret).not.toBe(oldSecret);
    await expectTokenAsGranted(keycloak.url, REALM, added, newSecret);
    await expectTokenAsGranted(keycloak.url, REALM, suspended, (await project.key(suspended.clientId)).clientSecret);
  }));

test("a pull request that renames the realm: the review warns that every customer's client is replaced and gets a new secret", () =>
  withLog(async () => {
    // The realm's name is its id: Terraform can only destroy and create it, and every client in it.
    const declared = project.read("environments.ts");
    const renamed = declared.replace(`realm: { name: "${REALM}"`, `realm: { name: "${REALM}-renamed"`);
    expect(renamed).not.toBe(declared);
    project.write("environments.ts", renamed);
    try {
      const review = await npmJson<ReviewSummary>("plan", [ENVIRONMENT, "--json"]);
      const deployed = review.customers.map((customer) => customer.clientId);
      expect(deployed.length).toBeGreaterThanOrEqual(3);
      expect(review.warnings.filter((warning) => warning.includes("gets a new secret"))).toEqual(
        deployed.map(
          (clientId) => `keycloak_openid_client.customers_${clientId} would be replaced: customer ${clientId} gets a new secret and its old key stops working`,
        ),
      );
      const markdown = await project.npm("review", [ENVIRONMENT]);
      expect(markdown.output).toContain(`customer ${deployed[0]} gets a new secret and its old key stops working`);
    } finally {
      project.write("environments.ts", declared);
    }
  }));
