/**
 * Keys with a lifetime, on the real Keycloak through the real deploy: an environment that declares
 * `secrets` (a short grace period and expiry, so the test sees them end), a customer with its own
 * access-token lifespan, and the usage report over real tokens and real refused attempts. What a
 * customer sees is asserted on tokens and status codes, before, during and after each period.
 */
import { decodeJwt } from "jose";
import { environments } from "../../environments";
import { PROJECT_ROOT, SANDBOX_LOCAL_STATE } from "../../testkit/temp-project";
import { loadCatalog } from "../../src/catalog/load-catalog";
import { withServerLog, startKeycloak, type KeycloakServer } from "../../testkit/keycloak-server";
import type { KeyHandover } from "../../src/operations/hand-over-key";
import type { UsageReport } from "../../src/operations/key-usage";
import { customerFile, specOf, type CustomerSpec } from "../support/customer-files";
import { expectCredentialsRefused, expectTokenAsGranted, requestClientCredentialsToken } from "../support/customer-token";
import { DeployedProject } from "../support/deployed-project";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
/** Short enough to watch end, long enough for a deploy and a hand-over to happen inside them. */
const GRACE_SECONDS = 60;
const EXPIRY_SECONDS = 240;

const [customer, unused] = loadCatalog({ root: PROJECT_ROOT, environments })
  .catalog.customers.map(({ definition }) => specOf(definition))
  .filter((spec) => spec.environments.includes(ENVIRONMENT));
/** The customer the test follows, with tokens of 2 minutes instead of the default 5. */
const followed: CustomerSpec = { ...customer!, accessTokenLifespan: "2m" };

let keycloak: KeycloakServer;
let project: DeployedProject;
/** The first secret, and the one after the rotation. */
let first: KeyHandover;
let second: KeyHandover;
/** When the first deploy started and its hand-over ended, in ms. */
let firstIssued: { from: number; to: number };

beforeAll(async () => {
  keycloak = await startKeycloak();
  project = new DeployedProject(keycloak, ENVIRONMENT, {
    editEnvironments: (source) => {
      const edited = source.replace(
        SANDBOX_LOCAL_STATE,
        `${SANDBOX_LOCAL_STATE}\n    secrets: { gracePeriod: "${GRACE_SECONDS}s", expiresAfter: "${EXPIRY_SECONDS}s" },`,
      );
      if (edited === source) throw new Error("environments.ts no longer declares the sandbox's local state");
      return edited;
    },
  });
  project.write(`clients/${followed.clientId}.ts`, customerFile(followed));
  const from = Date.now();
  await project.deploy();
  first = await project.key(followed.clientId);
  firstIssued = { from, to: Date.now() };
});

afterAll(async () => {
  project?.dispose();
  await keycloak?.stop();
});

const withLog = (body: () => Promise<void>) => withServerLog(keycloak, body);

/** Resolves once the clock has passed `iso`, checking every 250 ms: the condition is time itself. */
async function until(iso: string | undefined): Promise<void> {
  const at = Date.parse(iso ?? "");
  if (Number.isNaN(at)) throw new Error(`not a time: ${iso}`);
  while (Date.now() <= at + 1000) await new Promise((resolve) => setTimeout(resolve, 250));
}

/**
 * Expects `iso` to be `seconds` after something that happened between `from` and `to` (ms):
 * Keycloak counts in whole seconds, hence the second of slack at the start.
 */
function expectAfter(iso: string | undefined, seconds: number, { from, to }: { from: number; to: number }): void {
  const at = Date.parse(iso ?? "");
  expect(at).toBeGreaterThanOrEqual(from - 1000 + seconds * 1000);
  expect(at).toBeLessThanOrEqual(to + seconds * 1000);
}

describe("a secret with a lifetime", () => {
  test("the hand-over says when the secret expires, and the token lives as the file says", () =>
    withLog(async () => {
      expect(first.previousSecret).toBeUndefined();
      // Issued during the deploy: it expires EXPIRY_SECONDS after that.
      expectAfter(first.secretExpires, EXPIRY_SECONDS, firstIssued);
      await expectTokenAsGranted(keycloak.url, REALM, followed, first.clientSecret);
      const response = await requestClientCredentialsToken(keycloak.url, REALM, followed.clientId, first.clientSecret);
      const token = decodeJwt(response.body.access_token!);
      expect(token.exp! - token.iat!).toBe(120);
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
    }));

  test("a rotation is reviewed with its grace period; during it both secrets get tokens, after it only the new one", () =>
    withLog(async () => {
      project.write(`clients/${followed.clientId}.ts`, customerFile({ ...followed, secretRotation: "2026-12-03" }));
      const plan = await project.npm("plan", [ENVIRONMENT]);
      expect(plan.status).toBe(0);
      expect(plan.output).toContain(
        `| \`${followed.clientId}\` | **secret rotated**: hand over the new secret; the old one keeps working for ${GRACE_SECONDS}s after the apply, then stops |`,
      );
      const from = Date.now();
      const apply = await project.npm("apply", [ENVIRONMENT]);
      expect(apply.status).toBe(0);
      second = await project.key(followed.clientId);
      const rotated = { from, to: Date.now() };

      expect(second.clientSecret).not.toBe(first.clientSecret);
      expect(second.previousSecret).toBe(first.clientSecret);
      expectAfter(second.previousSecretExpires, GRACE_SECONDS, rotated);
      expectAfter(second.secretExpires, EXPIRY_SECONDS, rotated);
      // During the grace period: both secrets, the same token.
      await expectTokenAsGranted(keycloak.url, REALM, followed, first.clientSecret);
      await expectTokenAsGranted(keycloak.url, REALM, followed, second.clientSecret);

      await until(second.previousSecretExpires);
      await expectCredentialsRefused(keycloak.url, REALM, followed.clientId, first.clientSecret);
      await expectTokenAsGranted(keycloak.url, REALM, followed, second.clientSecret);
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
    }));

  test("an expired secret is refused, and the usage report lists it with its tokens and failures", () =>
    withLog(async () => {
      await until(second.secretExpires);
      await expectCredentialsRefused(keycloak.url, REALM, followed.clientId, second.clientSecret);

      const usage = await project.npm("usage", [ENVIRONMENT, "--json"]);
      expect(usage.status).toBe(0);
      const report = JSON.parse(usage.output) as UsageReport;
      const followedUsage = report.keys.find((key) => key.clientId === followed.clientId);
      // Tokens: two after the deploy, two during the grace period and one after it; refused: the
      // old secret after the grace period and the new one after its expiry.
      expect(followedUsage).toMatchObject({
        tokens: 5,
        failures: 2,
        secretExpires: second.secretExpires,
        findings: ["expired: its secret gets no token; rotate it"],
      });
      expect(Date.parse(followedUsage!.lastToken!)).toBeLessThan(Date.parse(second.secretExpires!));
      const unusedUsage = report.keys.find((key) => key.clientId === unused!.clientId);
      expect(unusedUsage?.lastToken).toBeUndefined();
      expect(unusedUsage).toMatchObject({
        tokens: 0,
        failures: 0,
        // Issued at the first deploy, before the followed customer's second secret: expired too.
        findings: ["never used in the last 90 days", "expired: its secret gets no token; rotate it"],
      });
      expect(report.eventsRecorded).toBe(true);

      // The drift job's issue lists the keys to act on, from the same report, while the files match.
      const drift = await project.npm("drift", [ENVIRONMENT, "--json"]);
      expect(drift.status).toBe(0);
      project.write("drift.json", drift.output);
      project.write("usage.json", usage.output);
      // As a GitLab job without the token that keeps the issue: it prints the issue's text and says so.
      const issue = await project.tsx("pipelines/drift-issue.ts", ["--environment", ENVIRONMENT, "--usage", "usage.json", "drift.json"], { GITLAB_CI: "true" });
      expect({ status: issue.status, output: issue.output.slice(-300) }).toEqual({
        status: 0,
        output: expect.stringContaining("drift-issue: GITLAB_DRIFT_TOKEN is not set; no issue is kept"),
      });
      expect(issue.output).toContain(`Keycloak in \`${ENVIRONMENT}\` matches the files.`);
      expect(issue.output).toContain(
        `| \`${followed.clientId}\` | expired: its secret gets no token; rotate it | ${followedUsage!.lastToken} | ${second.secretExpires} |`,
      );

      // With the realm's events turned off by hand, no key is called never used: nothing was recorded.
      const config = await keycloak.admin<object>("GET", `/realms/${REALM}/events/config`);
      await keycloak.admin("PUT", `/realms/${REALM}/events/config`, { ...config, eventsEnabled: false });
      const unrecorded = JSON.parse((await project.npm("usage", [ENVIRONMENT, "--json"])).output) as UsageReport;
      expect(unrecorded.eventsRecorded).toBe(false);
      expect(unrecorded.keys.find((key) => key.clientId === unused!.clientId)?.findings).toEqual(["expired: its secret gets no token; rotate it"]);
    }));
});
