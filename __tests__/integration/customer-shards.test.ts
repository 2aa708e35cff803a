/**
 * An environment deployed as one stack, then spread over customer shards, then over another
 * count, against a real Keycloak with the real `cdktf deploy`: the base stack refuses a deploy
 * whose states are not laid out yet (nothing changes), `npm run shard-state` moves the states,
 * every stack then plans no change, and every customer keeps its client, its secret and a token
 * with exactly its grants. Onboarding a customer changes exactly its shard.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, withCustomerShards } from "../../testkit/temp-project";
import { customerStackName, stackNamesOf } from "../../src/stacks/customer-shards";
import { environments } from "../../environments";
import { customerFile, type CustomerSpec } from "../support/customer-files";
import { expectTokenAsGranted } from "../support/customer-token";
import { DeployedProject, type CommandResult } from "../support/deployed-project";
import { startKeycloak, withServerLog, type KeycloakServer } from "../../testkit/keycloak-server";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
const SERVICE = "orders-api";

const shardId = (index: number) => `shard-${String(index).padStart(2, "0")}`;
const customer = (clientId: string): CustomerSpec => ({
  clientId,
  name: `Shard customer ${clientId}`,
  contact: "ops@example.com",
  grants: { [SERVICE]: clientId.endsWith("1") ? ["orders:read", "orders:write"] : ["orders:read"] },
  environments: [ENVIRONMENT],
  enabled: true,
});

let keycloak: KeycloakServer;
let project: DeployedProject;
const declared = new Map<string, CustomerSpec>();
/** Each customer's secret as first handed over. */
const secrets = new Map<string, string>();
/** Keycloak's internal id of each customer's client as first created. */
const internalIds = new Map<string, string>();

/** Sets `customerShards` of the sandbox in environments.ts (undefined: one stack). */
function setShards(count: number | undefined): void {
  project.write("environments.ts", withCustomerShards(project.read("environments.ts"), count));
}

function declare(spec: CustomerSpec): void {
  project.write(`clients/${spec.clientId}.ts`, customerFile(spec));
  declared.set(spec.clientId, spec);
}

async function adminClients(): Promise<Map<string, string>> {
  const clients = await keycloak.admin<{ id: string; clientId: string }[]>("GET", `/realms/${REALM}/clients?max=1000`);
  return new Map(clients.filter((client) => client.clientId.startsWith("shard-")).map((client) => [client.clientId, client.id]));
}

/** The stacks of the sandbox as environments.ts now lays it out. */
function sandboxStacks(count: number | undefined): string[] {
  return stackNamesOf(ENVIRONMENT, { ...environments[ENVIRONMENT], customerShards: count });
}

/** `cdktf deploy` of every stack of the sandbox, as the README says for a sharded environment. */
async function deployAll(count: number | undefined) {
  return project.cdktf(["deploy", ...sandboxStacks(count), "--auto-approve", "--skip-provider-lock"]);
}

/** Deploys every stack of the sandbox; fails with the end of the deploy's output unless it succeeds. */
async function expectDeployedAll(count: number | undefined): Promise<void> {
  const deployed = await deployAll(count);
  expect({ status: deployed.status, tail: deployed.status === 0 ? "" : deployed.output.slice(-4000) }).toEqual({ status: 0, tail: "" });
}

/**
 * Deploying every stack fails; returns what `npm run plan -- sandbox-base` says of it (cdktf
 * deploy's own output sometimes loses the tail of a failed plan; the plan command shows it).
 */
async function refusedDeploy(count: number): Promise<CommandResult> {
  const refused = await deployAll(count);
  expect(refused.status).not.toBe(0);
  return project.npm("plan", ["sandbox-base"]);
}

/** Every stack's plan is empty; every customer has its first client and secret and a token as granted. */
async function expectConverged(count: number | undefined): Promise<void> {
  const stacks = sandboxStacks(count);
  const stackDir = (stack: string) => path.join(project.root, "cdktf.out", "stacks", stack);
  if (!stacks.every((stack) => fs.existsSync(stackDir(stack)))) expect((await project.cdktf(["synth"])).status).toBe(0);
  for (const stack of stacks) {
    if (!fs.existsSync(path.join(stackDir(stack), ".terraform")))
      expect((await project.terraform(["init", "-input=false", "-no-color"], stack)).status).toBe(0);
    const plan = await project.terraform(["plan", "-detailed-exitcode", "-input=false", "-no-color", "-lock=false"], stack);
    expect({ stack, exit: plan.status, tail: plan.status === 0 ? "" : plan.output.slice(-3000) }).toEqual({ stack, exit: 0, tail: "" });
  }
  const clients = await adminClients();
  expect([...clients.keys()].sort()).toEqual([...declared.keys()].sort());
  for (const spec of declared.values()) {
    const key = await project.key(spec.clientId);
    if (secrets.has(spec.clientId)) {
      expect({ clientId: spec.clientId, secret: key.clientSecret }).toEqual({ clientId: spec.clientId, secret: secrets.get(spec.clientId) });
      expect({ clientId: spec.clientId, id: clients.get(spec.clientId) }).toEqual({ clientId: spec.clientId, id: internalIds.get(spec.clientId) });
    } else {
      secrets.set(spec.clientId, key.clientSecret);
      internalIds.set(spec.clientId, clients.get(spec.clientId)!);
    }
    await expectTokenAsGranted(keycloak.url, REALM, spec, key.clientSecret);
  }
}

function git(args: readonly string[]): string {
  const result = spawnSync("git", [...args], { cwd: project.root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  keycloak = await startKeycloak();
  project = new DeployedProject(keycloak, ENVIRONMENT, {
    files: { [`scopes/${SERVICE}.ts`]: fs.readFileSync(path.join(PROJECT_ROOT, "scopes", `${SERVICE}.ts`), "utf8") },
  });
  for (let index = 1; index <= 8; index += 1) declare(customer(shardId(index)));
  await project.deploy();
  await expectConverged(undefined);
});

afterAll(async () => {
  project?.dispose();
  await keycloak?.stop();
});

const withLog = (check: () => Promise<void>) => withServerLog(keycloak, check);

describe("from one stack to shards", () => {
  test("deploying shards before the states are moved is refused by the base stack's plan, and nothing changes", () =>
    withLog(async () => {
      setShards(3);
      // The base state does not exist yet: its read fails, naming the command that writes it.
      const plan = await refusedDeploy(3);
      expect(plan.status).not.toBe(0);
      expect(plan.output).toContain("Unable to find remote state");
      expect(plan.output).toContain("data.terraform_remote_state.shard-count-recorded-by-npm-run-shard-state");
      setShards(undefined);
      await expectConverged(undefined);
      setShards(3);
    }));

  test("npm run shard-state moves every customer to its shard; every stack then plans no change, no secret changes", () =>
    withLog(async () => {
      const synth = await project.cdktf(["synth"]);
      expect(synth.status).toBe(0);
      const moved = await project.npm("shard-state", [ENVIRONMENT]);
      expect({ status: moved.status, output: moved.output }).toEqual({ status: 0, output: expect.stringContaining("| sandbox-customers-") });
      console.info(`shard-state, one stack to 3 shards:\n${moved.output}`);
      // The one-stack state is emptied, and each customer is in the state of its shard.
      const again = await project.npm("shard-state", [ENVIRONMENT]);
      expect(again.output).toContain("nothing to move");
      await expectDeployedAll(3);
      await expectConverged(3);
    }));
});

describe("onboarding into a sharded environment", () => {
  test("changed-stacks names exactly the new customer's shard, and deploying it hands over a working key", () =>
    withLog(async () => {
      fs.writeFileSync(path.join(project.root, ".gitignore"), "node_modules\ncdktf.out\nstate\nplans\n");
      git(["init", "-q", "-b", "main"]);
      git(["add", "-A"]);
      git(["-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-qm", "base"]);
      const newcomer = customer("shard-09");
      declare(newcomer);
      const changed = await project.npm("changed-stacks", [ENVIRONMENT, "main"]);
      expect({ status: changed.status, stacks: changed.output.trim().split("\n") }).toEqual({
        status: 0,
        stacks: [customerStackName(ENVIRONMENT, { ...environments[ENVIRONMENT], customerShards: 3 }, newcomer.clientId)],
      });
      // What the pipeline runs for the changed stacks: plan (its review names the newcomer), then apply.
      for (const stack of changed.output.trim().split("\n")) {
        const plan = await project.npm("plan", [stack]);
        expect({ status: plan.status, names: plan.output.includes(newcomer.clientId) }).toEqual({ status: 0, names: true });
        const applied = await project.npm("apply", [stack]);
        expect({ status: applied.status, tail: applied.status === 0 ? "" : applied.output.slice(-3000) }).toEqual({ status: 0, tail: "" });
      }
      await expectConverged(3);
    }));
});

describe("another shard count", () => {
  test("from 3 shards to 2: refused until shard-state moves the states, then converged with every secret kept", () =>
    withLog(async () => {
      setShards(2);
      const plan = await refusedDeploy(2);
      expect({ status: plan.status, refused: plan.output.includes("The states are not laid out for 2 customer shards") }).toEqual({ status: 1, refused: true });
      const moved = await project.npm("shard-state", [ENVIRONMENT]);
      expect(moved.status).toBe(0);
      console.info(`shard-state, 3 shards to 2:\n${moved.output}`);
      await expectDeployedAll(2);
      await expectConverged(2);
    }));

  test("back to one stack: shard-state moves everything into the one-stack state", () =>
    withLog(async () => {
      setShards(undefined);
      const moved = await project.npm("shard-state", [ENVIRONMENT]);
      expect(moved.status).toBe(0);
      await expectDeployedAll(undefined);
      await expectConverged(undefined);
    }));
});
