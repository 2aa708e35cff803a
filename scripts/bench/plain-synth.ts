/**
 * The lower bound's process, run by the benchmark in place of `main.ts`: the same loading and
 * validation of every definition file, then each environment's Terraform JSON written from a plain
 * object (see plain-terraform.ts) to `<out>/stacks/<environment>/cdk.tf.json`.
 *
 *   tsx scripts/bench/plain-synth.ts <project root> <out>
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalog } from "../../src/catalog/load-catalog";
import { loadEnvironments } from "../../src/commands/stack-workspace";
import { assertValid } from "../../src/validation/validate-catalog";
import { plainStackJson } from "./plain-terraform";

const [root, out] = process.argv.slice(2);
if (!root || !out) throw new Error("usage: tsx scripts/bench/plain-synth.ts <project root> <out>");
const environments = loadEnvironments(root);
const { catalog, problems } = loadCatalog({ root, environments });
assertValid(catalog, problems);
const services = catalog.services.map(({ definition }) => definition);
for (const [name, environment] of Object.entries(environments)) {
  const customers = catalog.customers
    .map(({ definition }) => definition)
    .filter((customer) => (customer.environments as readonly string[]).includes(name));
  const dir = path.join(out, "stacks", name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(plainStackJson(name, environment, services, customers), null, 2));
}
