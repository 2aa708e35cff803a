/**
 * The lower bound's process, run by the benchmark in place of `main.ts`: the same loading and
 * validation of every definition file, then each stack's Terraform JSON written from a plain
 * object (see plain-terraform.ts) to `<out>/stacks/<stack>/cdk.tf.json` (one stack per
 * environment, or a base and its shards). Prints to stderr
 * `LOAD_VALIDATE_SECONDS=<s>`, the time the loading and validation took.
 *
 *   tsx bench/plain-synth.ts <project root> <out>
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalog } from "../src/catalog/load-catalog";
import { loadEnvironments } from "../src/operations/stack-workspace";
import { assertValid } from "../src/validation/validate-catalog";
import { plainEnvironmentJson } from "./plain-terraform";

const [root, out] = process.argv.slice(2);
if (!root || !out) throw new Error("usage: tsx bench/plain-synth.ts <project root> <out>");
const environments = loadEnvironments(root);
const loading = performance.now();
const { catalog, problems } = loadCatalog({ root, environments });
assertValid(catalog, problems);
// Read by the benchmark: reading and validating every definition file, in this process.
process.stderr.write(`LOAD_VALIDATE_SECONDS=${(performance.now() - loading) / 1000}\n`);
const services = catalog.services.map(({ definition }) => definition);
for (const [name, environment] of Object.entries(environments)) {
  const customers = catalog.customers.map(({ definition }) => definition).filter((customer) => (customer.environments as readonly string[]).includes(name));
  for (const [stack, json] of plainEnvironmentJson(name, environment, services, customers)) {
    const dir = path.join(out, "stacks", stack);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(json, null, 2));
  }
}
