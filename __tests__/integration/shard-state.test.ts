/**
 * `npm run shard-state` on states written by hand, with the real terraform (no Keycloak: the
 * command never calls it): where each resource and output goes, that nothing is lost or doubled
 * when a run stopped midway is run again, and that a second run moves nothing.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { environmentsPointedAt, exampleFiles, tempProject, withCustomerShards } from "../../testkit/temp-project";
import { provision } from "../../testkit/toolchain";
import { customerStackName, stackNamesOf } from "../../src/stacks/customer-shards";
import { environments } from "../../environments";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const CUSTOMERS = ["alpha-co", "beta-co", "gamma-co", "delta-co", "epsilon-co", "zeta-co"];
const SHARDED = { ...environments.sandbox, customerShards: 3 };

interface State {
  serial: number;
  lineage: string;
  outputs: Record<string, { value: unknown }>;
  resources: { mode: string; type: string; name: string }[];
}

const managed = (type: string, name: string) => ({
  mode: "managed",
  type,
  name,
  provider: 'provider["registry.terraform.io/keycloak/keycloak"]',
  instances: [{ schema_version: 0, attributes: { id: `${name}-id` } }],
});

/** A one-stack state as a deploy of the sandbox leaves it: realm, service, customers and their secret outputs. */
function oneStackState(): State {
  return {
    version: 4,
    terraform_version: "1.5.7",
    serial: 7,
    lineage: "0f0e0d0c-0000-4000-8000-000000000001",
    outputs: Object.fromEntries(
      CUSTOMERS.map((id) => [`customers_${id}_client-secret`, { value: `not-a-real-secret-${id}`, type: "string", sensitive: true }]),
    ),
    resources: [
      managed("keycloak_realm", "realm"),
      managed("keycloak_openid_client", "services_orders-api"),
      ...CUSTOMERS.flatMap((id) => [
        managed("keycloak_openid_client", `customers_${id}`),
        managed("keycloak_openid_client_default_scopes", `customers_${id}_default-scopes`),
        managed("keycloak_user_roles", `customers_${id}_service-account-roles`),
      ]),
      { mode: "data", type: "keycloak_realm", name: "realm", provider: 'provider["registry.terraform.io/keycloak/keycloak"]', instances: [] },
    ],
  } as unknown as State;
}

let root: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  env = { ...process.env, ...provision("engine") };
});

beforeEach(() => {
  root = tempProject({ ...exampleFiles(), "environments.ts": environmentsPointedAt("http://127.0.0.1:1") });
  fs.mkdirSync(path.join(root, "state"));
  fs.writeFileSync(path.join(root, "state", "sandbox.tfstate"), JSON.stringify(oneStackState()));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function setShards(count: number): void {
  const file = path.join(root, "environments.ts");
  fs.writeFileSync(file, withCustomerShards(fs.readFileSync(file, "utf8"), count));
}

function shardState(): { status: number; output: string } {
  const result = spawnSync("npm", ["run", "--silent", "shard-state", "--", "sandbox"], { cwd: root, encoding: "utf8", env });
  return { status: result.status ?? -1, output: result.stdout + result.stderr };
}

const stateFile = (stack: string) => path.join(root, "state", stack === "sandbox" ? "sandbox.tfstate" : `sandbox.${stack.slice("sandbox-".length)}.tfstate`);
const readState = (stack: string): State => JSON.parse(fs.readFileSync(stateFile(stack), "utf8")) as State;
const names = (state: State) => state.resources.map((resource) => resource.name).sort();

/** Every stack's resource names and output names, from the state files. */
function layout(): Record<string, { resources: string[]; outputs: string[] }> {
  return Object.fromEntries(
    ["sandbox", ...stackNamesOf("sandbox", SHARDED)].map((stack) => [
      stack,
      { resources: names(readState(stack)), outputs: Object.keys(readState(stack).outputs).sort() },
    ]),
  );
}

function expectedLayout(): Record<string, { resources: string[]; outputs: string[] }> {
  const expected: Record<string, { resources: string[]; outputs: string[] }> = {
    sandbox: { resources: [], outputs: [] },
    "sandbox-base": { resources: ["realm", "services_orders-api"], outputs: ["customer_shards"] },
  };
  for (const stack of stackNamesOf("sandbox", SHARDED).slice(1)) expected[stack] = { resources: [], outputs: [] };
  for (const id of CUSTOMERS) {
    const stack = expected[customerStackName("sandbox", SHARDED, id)]!;
    stack.resources.push(`customers_${id}`, `customers_${id}_default-scopes`, `customers_${id}_service-account-roles`);
    stack.outputs.push(`customers_${id}_client-secret`);
  }
  for (const stack of Object.values(expected)) {
    stack.resources.sort();
    stack.outputs.sort();
  }
  return expected;
}

test("one stack to 3 shards: each customer's resources and secret output in its shard, the realm and service in the base, the one-stack state empty", () => {
  setShards(3);
  const moved = shardState();
  expect(moved.status).toBe(0);
  expect(layout()).toEqual(expectedLayout());
  expect(readState("sandbox-base").outputs.customer_shards!.value).toBe(3);
  const first = CUSTOMERS[0]!;
  expect(readState(customerStackName("sandbox", SHARDED, first)).outputs[`customers_${first}_client-secret`]!.value).toBe(`not-a-real-secret-${first}`);
  // The one-stack state keeps its lineage and moves on in serial; the printed table holds no secret.
  expect(readState("sandbox").lineage).toBe("0f0e0d0c-0000-4000-8000-000000000001");
  expect(readState("sandbox").serial).toBeGreaterThan(7);
  expect(moved.output).not.toContain("not-a-real-secret");
  expect(shardState().output).toContain("nothing to move");
});

test("stopped midway (a customer in both the one-stack state and its shard), a second run keeps it once, in its shard", () => {
  setShards(3);
  expect(shardState().status).toBe(0);
  // As if the run had stopped after filling the shards, before emptying the one-stack state.
  const stale = readState("sandbox");
  fs.writeFileSync(stateFile("sandbox"), JSON.stringify({ ...oneStackState(), lineage: stale.lineage, serial: stale.serial + 1 }));
  const again = shardState();
  expect(again.status).toBe(0);
  expect(layout()).toEqual(expectedLayout());
});

test("a new sharded environment: shard-state writes the empty one-stack state and the base state the base stack checks", () => {
  fs.rmSync(path.join(root, "state", "sandbox.tfstate"));
  setShards(3);
  expect(shardState().status).toBe(0);
  expect(names(readState("sandbox"))).toEqual([]);
  expect(readState("sandbox-base").outputs).toEqual({ customer_shards: expect.objectContaining({ value: 3 }) });
});
