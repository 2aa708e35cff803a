import { Testing } from "cdktf";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pipelineChange, pipelineChangeOf, stacksToPlan, stacksTouchedBy } from "../src/operations/changed-stacks";
import { pipelineEnvironments } from "../src/operations/pipeline-environments";
import { UserError } from "../src/user-error";
import { buildStacks } from "../src/stacks/build-stacks";
import { customerStackName, environmentOfStack, shardIndexOf, stackNamesOf, stackState } from "../src/stacks/customer-shards";
import { formatProblem } from "../src/problem";
import { findProblems } from "../src/validation/validate-catalog";
import { SANDBOX, catalogOf, customerOf, ordersService } from "./support/catalog";
import { addresses, parse, type TerraformJson } from "./support/synth";

const SHARDED: EnvironmentDefinition = { ...SANDBOX, customerShards: 3 };
const clientIds = Array.from({ length: 40 }, (_, index) => `customer-${index}`);

describe("which shard holds a customer", () => {
  test("depends only on its clientId and the count: other customers never move it", () => {
    const before = clientIds.map((clientId) => shardIndexOf(clientId, 3));
    const withOthers = [...clientIds, "newcomer-a", "newcomer-b"].map((clientId) => shardIndexOf(clientId, 3)).slice(0, clientIds.length);
    expect(withOthers).toEqual(before);
  });

  test("spreads customers over every shard", () => {
    const counts = [0, 1, 2].map((shard) => clientIds.filter((clientId) => shardIndexOf(clientId, 3) === shard).length);
    expect(counts.every((count) => count >= 6)).toBe(true);
  });
});

describe("stack names and states", () => {
  test("one stack keeps the environment's name and declared state", () => {
    expect(stackNamesOf("sandbox", SANDBOX)).toEqual(["sandbox"]);
    expect(customerStackName("sandbox", SANDBOX, "acme-logistics")).toBe("sandbox");
    expect(stackState(SANDBOX.state, "sandbox", "sandbox")).toEqual(SANDBOX.state);
  });

  test("shards: a base stack first, then customer stacks whose indexes sort, each with a state beside the declared one", () => {
    expect(stackNamesOf("sandbox", SHARDED)).toEqual(["sandbox-base", "sandbox-customers-0", "sandbox-customers-1", "sandbox-customers-2"]);
    expect(stackNamesOf("sandbox", { ...SANDBOX, customerShards: 12 })[1]).toBe("sandbox-customers-00");
    expect(stackState(SANDBOX.state, "sandbox", "sandbox-customers-2")).toEqual({ backend: "local", path: "state/sandbox.customers-2.tfstate" });
    expect(
      stackState({ backend: "s3", bucket: "b", key: "keys/production.tfstate", region: "eu-central-1", dynamodbTable: "t" }, "production", "production-base"),
    ).toEqual({ backend: "s3", bucket: "b", key: "keys/production.base.tfstate", region: "eu-central-1", dynamodbTable: "t" });
    expect(environmentOfStack({ sandbox: SHARDED }, "sandbox-customers-1")?.environmentName).toBe("sandbox");
    expect(environmentOfStack({ sandbox: SHARDED }, "sandbox")).toBeUndefined();
  });
});

describe("a sharded environment's stacks", () => {
  const orders = ordersService();
  const customers = clientIds.slice(0, 9).map((clientId) => customerOf(orders, { clientId, name: clientId }));
  const synthesized = (environment = SHARDED) =>
    buildStacks(Testing.app(), catalogOf({ services: [orders], customers, environments: { sandbox: environment } })).map((stack) => ({
      name: stack.node.id,
      json: parse(Testing.synth(stack)),
    }));

  test("the base holds the realm and services and no customer; each customer is in exactly its shard, at the address one stack gives it", () => {
    const [base, ...shards] = synthesized();
    const single = addresses(synthesized(SANDBOX)[0]!.json);
    expect(base!.name).toBe("sandbox-base");
    expect(addresses(base!.json).filter((address) => address.includes("customers_"))).toEqual([]);
    expect(addresses(base!.json)).toEqual(single.filter((address) => !address.includes("customers_")));
    const inShards = shards.flatMap(({ json }) => addresses(json));
    expect(inShards.sort()).toEqual(single.filter((address) => address.includes("customers_")));
    for (const { name, json } of shards) {
      for (const address of addresses(json).filter((a) => a.startsWith("keycloak_openid_client."))) {
        expect(customerStackName("sandbox", SHARDED, address.replace("keycloak_openid_client.customers_", ""))).toBe(name);
      }
    }
  });

  test("built alone (a plan of one shard), a shard is the same as built with the others", () => {
    const all = synthesized();
    const only = buildStacks(Testing.app(), catalogOf({ services: [orders], customers, environments: { sandbox: SHARDED } }), new Set(["sandbox-customers-1"]));
    expect(only.map((stack) => stack.node.id)).toEqual(["sandbox-customers-1"]);
    const alone = parse(Testing.synth(only[0]!));
    expect(alone).toEqual(all.find(({ name }) => name === "sandbox-customers-1")!.json);
  });

  test("a shard reads the realm, service, granted roles and audience scope, and owns none of them", () => {
    const shard = synthesized()
      .slice(1)
      .find(({ json }) => addresses(json).length > 0)!.json;
    expect(Object.keys(shard.data ?? {}).sort()).toEqual(["keycloak_openid_client", "keycloak_openid_client_scope", "keycloak_realm", "keycloak_role"]);
    expect(Object.keys(shard.data!.keycloak_role!)).toEqual(["services_orders-api_role_orders_read"]);
    expect(addresses(shard).filter((address) => !address.includes("customers_"))).toEqual([]);
  });

  test("the base's plan fails unless the one-stack state is empty and its own records this shard count", () => {
    const base: TerraformJson & { output?: Record<string, { precondition?: { condition: string; error_message: string }[] }> } = synthesized()[0]!.json;
    const guard = base.output!.customer_shards!;
    expect(guard.precondition![0]!.condition).toBe(
      "${length(data.terraform_remote_state.one-stack-state-emptied-by-npm-run-shard-state.outputs) == 0 && data.terraform_remote_state.shard-count-recorded-by-npm-run-shard-state.outputs.customer_shards == 3}",
    );
    expect(guard.precondition![0]!.error_message).toContain("npm run shard-state");
    const remote = base.data!.terraform_remote_state!;
    expect(remote["one-stack-state-emptied-by-npm-run-shard-state"]!.config).toEqual({ path: "../../../state/sandbox.tfstate" });
    expect(remote["shard-count-recorded-by-npm-run-shard-state"]!.config).toEqual({ path: "../../../state/sandbox.base.tfstate" });
  });
});

describe("the customerShards rule", () => {
  const problemsWith = (environment: object) =>
    findProblems(catalogOf({ environments: { sandbox: { ...SANDBOX, ...environment } } }))
      .filter((problem) => problem.ruleId === "environment-customer-shards")
      .map(formatProblem);

  test.each([0, 2.5, 257, "4"])("%p is refused, naming the field, the value and the rule", (value) => {
    expect(problemsWith({ customerShards: value })).toEqual([
      `environments.ts: sandbox.customerShards = ${JSON.stringify(value)}: must be a whole number from 1 to 256 [environment-customer-shards]`,
    ]);
  });

  test("shards with state encryption are refused", () => {
    expect(problemsWith({ customerShards: 4, state: { ...SANDBOX.state, encryption: { passphraseVariable: "state_passphrase" } } })).toEqual([
      "environments.ts: sandbox.customerShards = 4: cannot be combined with state.encryption yet: use 1 (one stack) for an encrypted state [environment-customer-shards]",
    ]);
  });

  test("1 to 256 pass", () => {
    expect(problemsWith({ customerShards: 1 })).toEqual([]);
    expect(problemsWith({ customerShards: 256 })).toEqual([]);
  });
});

describe("the stacks a change touches", () => {
  const shardOf = (clientId: string) => customerStackName("sandbox", SHARDED, clientId);

  test("a customer file touches its shard only, whether added, edited or deleted; the inventory, docs and tests touch nothing", () => {
    expect(stacksTouchedBy("sandbox", SHARDED, ["clients/customer-1.ts", "customers.inventory.json", "README.md", "__tests__/x.test.ts"])).toEqual([
      shardOf("customer-1"),
    ]);
    expect(stacksTouchedBy("sandbox", SHARDED, [".github/workflows/keycloak-api-keys.yml", "docs/notes.md"])).toEqual([]);
  });

  test("two customers in different shards touch both, in deploy order", () => {
    const [first, second] = clientIds
      .filter((id) => shardOf(id) !== shardOf(clientIds[0]!))
      .slice(0, 1)
      .concat(clientIds[0]!);
    const expected = stackNamesOf("sandbox", SHARDED).filter((stack) => [shardOf(first!), shardOf(second!)].includes(stack));
    expect(stacksTouchedBy("sandbox", SHARDED, [`clients/${first}.ts`, `clients/${second}.ts`])).toEqual(expected);
  });

  test("a service, the environments or the code touch every stack", () => {
    for (const file of ["scopes/orders-api.ts", "environments.ts", "src/constructs/customer-client.ts", "package-lock.json"]) {
      expect(stacksTouchedBy("sandbox", SHARDED, ["clients/customer-1.ts", file])).toEqual(stackNamesOf("sandbox", SHARDED));
    }
  });

  test("a one-stack environment is touched or not", () => {
    expect(stacksTouchedBy("sandbox", SANDBOX, ["clients/customer-1.ts"])).toEqual(["sandbox"]);
    expect(stacksTouchedBy("sandbox", SANDBOX, ["README.md"])).toEqual([]);
  });
});

describe("the stacks a pipeline plans: a push since its previous commit, a merge request since its merge base", () => {
  const shardOf = (clientId: string) => customerStackName("sandbox", SHARDED, clientId);
  let root: string;
  const git = (...args: string[]) => {
    const result = spawnSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: root, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
    return result.stdout.trim();
  };
  const commit = (files: Record<string, string>, message: string) => {
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content);
    }
    git("add", "-A");
    git("commit", "-qm", message);
    return git("rev-parse", "HEAD");
  };
  let first: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-change-"));
    git("init", "-q", "-b", "main");
    first = commit({ "clients/customer-0.ts": "0", "scopes/orders-api.ts": "orders", "src/main.ts": "code", "customers.inventory.json": "{}" }, "first");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test("a push of customer files plans their shards only, the inventory and snapshot none", () => {
    commit({ "clients/customer-1.ts": "1", "customers.inventory.json": '{"1": true}', "__tests__/__snapshots__/example-stacks.test.ts.snap": "x" }, "one");
    const change = pipelineChange(root, { since: first, head: "HEAD" });
    expect(change).toEqual({ files: ["__tests__/__snapshots__/example-stacks.test.ts.snap", "clients/customer-1.ts", "customers.inventory.json"] });
    expect(stacksToPlan("sandbox", SHARDED, change)).toEqual([shardOf("customer-1")]);
    // A deleted customer too: its shard removes it.
    fs.rmSync(path.join(root, "clients", "customer-0.ts"));
    const second = git("rev-parse", "HEAD");
    commit({}, "remove");
    expect(stacksToPlan("sandbox", SHARDED, pipelineChange(root, { since: second, head: "HEAD" }))).toEqual([shardOf("customer-0")]);
    // Nothing but the inventory: no stack, and the environment is left out of the list.
    const third = git("rev-parse", "HEAD");
    commit({ "customers.inventory.json": '{"2": true}' }, "inventory");
    const inventoryOnly = pipelineChange(root, { since: third, head: "HEAD" });
    expect(stacksToPlan("sandbox", SHARDED, inventoryOnly)).toEqual([]);
    const reachable = { ...SHARDED, keycloakUrl: "https://sso.example", state: { backend: "s3", bucket: "b", key: "k", region: "eu-central-1" } } as const;
    expect(pipelineEnvironments({ eu: reachable }, "hosted", { change: inventoryOnly })).toEqual([]);
    expect(pipelineEnvironments({ eu: reachable }, "hosted", { change: { files: ["clients/customer-1.ts"] } })).toEqual([
      { environment: "eu", engine: "terraform", stacks: [customerStackName("eu", reachable, "customer-1")], passphraseVariable: "" },
    ]);
  });

  test("a service, or any code, plans every stack, base first", () => {
    commit({ "scopes/orders-api.ts": "orders v2" }, "service");
    expect(stacksToPlan("sandbox", SHARDED, pipelineChange(root, { since: first, head: "HEAD" }))).toEqual(stackNamesOf("sandbox", SHARDED));
    const second = git("rev-parse", "HEAD");
    commit({ "clients/customer-1.ts": "1", "README.md": "docs" }, "code");
    expect(pipelineChange(root, { since: second, head: "HEAD" })).toEqual({ every: "the change touches code: README.md" });
    expect(stacksToPlan("sandbox", SHARDED, pipelineChange(root, { since: second, head: "HEAD" }))).toEqual(stackNamesOf("sandbox", SHARDED));
  });

  test("every stack when the previous commit is missing, all zeros, unknown or not an ancestor (a force push)", () => {
    expect(pipelineChange(root, { since: "", head: "HEAD" })).toEqual({ every: "no previous commit (a new branch or its first push)" });
    expect(pipelineChange(root, { since: "0".repeat(40), head: "HEAD" })).toEqual({ every: "no previous commit (a new branch or its first push)" });
    expect(pipelineChange(root, { since: "f".repeat(40), head: "HEAD" })).toEqual({ every: `${"f".repeat(40)} is not a commit of this clone` });
    expect(pipelineChange(root, { since: "--output=x", head: "HEAD" })).toEqual({ every: "--output=x is not a commit of this clone" });
    const gone = commit({ "clients/customer-1.ts": "1" }, "pushed, then forced away");
    git("reset", "-q", "--hard", first);
    commit({ "clients/customer-2.ts": "2" }, "force-pushed");
    expect(pipelineChange(root, { since: gone, head: "HEAD" })).toEqual({ every: `${gone} is not an ancestor of HEAD (a force push)` });
    expect(stacksToPlan("sandbox", SHARDED, pipelineChange(root, { since: gone, head: "HEAD" }))).toEqual(stackNamesOf("sandbox", SHARDED));
  });

  test("a merge request: its own changes since the merge base, not what its target gained meanwhile", () => {
    git("checkout", "-q", "-b", "feature");
    const head = commit({ "clients/customer-1.ts": "1" }, "feature");
    git("checkout", "-q", "main");
    const target = commit({ "clients/customer-2.ts": "2", "src/main.ts": "code v2" }, "target moved on");
    expect(pipelineChange(root, { mergeBase: target, head })).toEqual({ files: ["clients/customer-1.ts"] });
    expect(pipelineChangeOf(root, { mergeBase: target, head })).toEqual({ files: ["clients/customer-1.ts"] });
    expect(pipelineChange(root, { mergeBase: "", head })).toEqual({ every: "no previous commit (a new branch or its first push)" });
  });

  test("with neither base, every stack (drift); with both, refused", () => {
    expect(pipelineChangeOf(root, {})).toEqual({ every: "no base to compare with (--since or --merge-base)" });
    expect(() => pipelineChangeOf(root, { since: first, mergeBase: first })).toThrow(
      new UserError("--since (a push) or --merge-base (a merge request), not both"),
    );
  });
});
