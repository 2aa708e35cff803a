/**
 * `inventory`: rewrites customers.inventory.json from the customer files. Refuses to record a mass
 * removal (see src/inventory/inventory.ts) unless its environment is acknowledged, and records an
 * acknowledged one so review sees it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalog } from "../catalog/load-catalog";
import { formatInventory, INVENTORY_FILE, massRemovalProblem, nextInventory, readInventory } from "../inventory/inventory";
import { DefinitionError } from "../problem";
import { loadEnvironments } from "./stack-workspace";

/** Writes the inventory of the project at `root`; returns one line saying how many customers each environment has. */
export function recordInventory(root: string, acknowledged: readonly string[]): string {
  const { catalog, problems } = loadCatalog({ root, environments: loadEnvironments(root) });
  const previous = readInventory(root);
  if (previous !== undefined && "ruleId" in previous) throw new DefinitionError([previous]);
  if (problems.length > 0) throw new DefinitionError(problems);
  const { inventory, refused } = nextInventory(catalog, previous, acknowledged);
  if (refused.length > 0) throw new DefinitionError(refused.map(massRemovalProblem));
  fs.writeFileSync(path.join(root, INVENTORY_FILE), formatInventory(inventory));
  return `${INVENTORY_FILE}: ${Object.entries(inventory.environments)
    .map(([name, entry]) => `${name} ${entry.customers.length}`)
    .join(", ")}`;
}
