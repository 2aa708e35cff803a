import { Testing } from "cdktf";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import { stacksTouchedBy } from "../src/operations/changed-stacks";
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
