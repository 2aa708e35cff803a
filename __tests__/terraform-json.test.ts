/**
 * The stacks write their Terraform JSON with `terraformJsonOf` and skip cdktf's preparing pass
 * (src/stacks/terraform-json.ts, environment-stack.ts): faster, and meant to change nothing. Each
 * stack shape the project makes is built twice, and the JSON of ours must equal the JSON cdktf's
 * own `prepareStack` and `toTerraform` give for the same stack.
 */
// The module object itself (an ES namespace import cannot be spied on), the one cdktf requires.
import childProcess from "node:child_process";
import * as path from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import type { Catalog } from "../src/catalog/catalog";
import { loadCatalog } from "../src/catalog/load-catalog";
import { environments } from "../environments";
import { buildStacks } from "../src/stacks/build-stacks";
import { SANDBOX, catalogOf, customerOf, ordersService } from "./support/catalog";
import { CERTIFICATE, ENCRYPTED_SANDBOX } from "./support/keyless";

/** Every stack of the catalog as `synthesize` gives it: the stack's id and its JSON. */
function jsonOfEveryStack(catalog: Catalog, synthesize: (stack: TerraformStack) => unknown): [string, unknown][] {
  const app: App = Testing.app();
  return buildStacks(app, catalog).map((stack) => [stack.node.id, synthesize(stack)]);
}

const ours = (stack: TerraformStack) => {
  stack.prepareStack();
  return stack.toTerraform() as unknown;
};

const cdktfs = (stack: TerraformStack) => {
  TerraformStack.prototype.prepareStack.call(stack);
  return TerraformStack.prototype.toTerraform.call(stack) as unknown;
};

const orders = ordersService();
const billing = ordersService({ clientId: "billing-api", description: "Billing API", permissions: ["invoices:read"] });

const catalogs: Record<string, () => Catalog> = {
  "the bundled example (a local and an S3 state)": () => {
    const { catalog, problems } = loadCatalog({ root: path.resolve(__dirname, ".."), environments });
    expect(problems).toEqual([]);
    return catalog;
  },
  "an encrypted state with a secret policy, keyless, adopted, disabled and rotated customers": () =>
    catalogOf({
      services: [orders, billing],
      customers: [
        customerOf(orders, { clientId: "acme-logistics", grants: [orders.grant("orders:read"), billing.grant("invoices:read")] }),
        customerOf(orders, { clientId: "keyless-jwks", proof: { jwksUrl: "https://keys.keyless.example/jwks.json" } }),
        customerOf(orders, { clientId: "keyless-cert", proof: { certificate: CERTIFICATE } }),
        customerOf(orders, { clientId: "adopted-one", adopt: { sandbox: "adopted-one" } }),
        customerOf(orders, { clientId: "disabled-one", enabled: false, accessTokenLifespan: "10m" }),
        customerOf(orders, { clientId: "rotated-one", secretRotation: "2026-12-01" }),
      ],
      environments: { sandbox: { ...ENCRYPTED_SANDBOX, secrets: { gracePeriod: "1d", expiresAfter: "90d" } } },
    }),
  "a sharded environment: a base and three shards": () =>
    catalogOf({
      services: [orders],
      customers: ["acme-logistics", "globex", "initech", "umbrella", "hooli"].map((clientId) => customerOf(orders, { clientId })),
      environments: { sandbox: { ...SANDBOX, customerShards: 3 } },
    }),
};

describe("a stack's Terraform JSON", () => {
  test.each(Object.keys(catalogs))("is cdktf's own, for %s", (name) => {
    const catalog = catalogs[name]!();
    const expected = jsonOfEveryStack(catalog, cdktfs);
    const actual = jsonOfEveryStack(catalog, ours);
    expect(actual.map(([stack]) => stack)).toEqual(expected.map(([stack]) => stack));
    expect(actual.length).toBeGreaterThan(0);
    for (const [index, [stack, json]] of actual.entries()) {
      // Equal as written: the same keys with the same values, none left undefined.
      expect({ stack, json: JSON.parse(JSON.stringify(json)) as unknown }).toStrictEqual({
        stack,
        json: JSON.parse(JSON.stringify(expected[index]![1])) as unknown,
      });
      expect(json).toStrictEqual(expected[index]![1]);
    }
  });
});

describe("synthesizing a stack", () => {
  test("runs no program, whatever the number of customers: a validation that runs one per resource made 1,000 customers take minutes", () => {
    const catalog = catalogOf({
      services: [orders],
      customers: ["acme-logistics", "globex", "initech"].map((clientId) => customerOf(orders, { clientId })),
    });
    const [stack] = buildStacks(Testing.app(), catalog);
    const programs = jest.spyOn(childProcess, "execSync");
    try {
      // With cdktf's validations, as `cdktf synth` runs them.
      Testing.synth(stack!, true);
      expect(programs.mock.calls.map(([command]) => String(command))).toEqual([]);
    } finally {
      programs.mockRestore();
    }
  });
});
