/**
 * `npm run inventory [-- --acknowledge-removal=<environment>]`: rewrites customers.inventory.json
 * from the customer files. Refuses to record a mass removal (see src/inventory/inventory.ts)
 * unless its environment is acknowledged, and records an acknowledged one so review sees it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { environments } from "../environments";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatInventory, INVENTORY_FILE, massRemovalProblem, nextInventory, readInventory } from "../src/inventory/inventory";
import { DefinitionError } from "../src/validation/problem";
import { runReportingProblems } from "../src/run-project";

const root = process.cwd();
const acknowledged = process.argv
  .slice(2)
  .filter((arg) => arg.startsWith("--acknowledge-removal="))
  .map((arg) => arg.slice("--acknowledge-removal=".length));

runReportingProblems(() => {
  const { catalog, problems } = loadCatalog({ root, environments });
  const previous = readInventory(root);
  if (previous !== undefined && "ruleId" in previous) throw new DefinitionError([previous]);
  if (problems.length > 0) throw new DefinitionError(problems);
  const { inventory, refused } = nextInventory(catalog, previous, acknowledged);
  if (refused.length > 0) throw new DefinitionError(refused.map(massRemovalProblem));
  fs.writeFileSync(path.join(root, INVENTORY_FILE), formatInventory(inventory));
  console.log(`${INVENTORY_FILE}: ${Object.entries(inventory.environments).map(([name, entry]) => `${name} ${entry.customers.length}`).join(", ")}`);
});
