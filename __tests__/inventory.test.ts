import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { environments } from "../environments";
import { loadCatalog } from "../src/catalog/load-catalog";
import { INVENTORY_FILE, customersByEnvironment, inventoryProblems, type Inventory } from "../src/inventory/inventory";
import { formatProblem } from "../src/problem";
import { PROJECT_ROOT, exampleFiles, tempProject } from "../testkit/temp-project";

const TSX = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
/** This project (or the temporary copy the README test makes of it). */
const ROOT = path.resolve(__dirname, "..");

describe("the committed inventory", () => {
  test("lists exactly the customers of each environment (after adding or removing one, run `npm run inventory`)", () => {
    const { catalog } = loadCatalog({ root: ROOT, environments });
    const inventory = JSON.parse(fs.readFileSync(path.join(ROOT, INVENTORY_FILE), "utf8")) as Inventory;
    expect(Object.fromEntries(Object.entries(inventory.environments).map(([name, entry]) => [name, entry.customers]))).toEqual(customersByEnvironment(catalog));
  });
});

describe("the mass-removal guard", () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Many customers in the sandbox, as in a real project: `count` copies of acme-logistics. */
  function projectWith(count: number): Record<string, string> {
    const files = exampleFiles();
    const acme = files["clients/acme-logistics.ts"]!;
    const customers = Object.fromEntries(
      Array.from({ length: count }, (_, index) => {
        const clientId = `customer-${String(index + 1).padStart(2, "0")}`;
        return [`clients/${clientId}.ts`, acme.replace('clientId: "acme-logistics"', `clientId: "${clientId}"`).replace(', "production"', "")];
      }),
    );
    return { "scopes/orders-api.ts": files["scopes/orders-api.ts"]!, ...customers };
  }
  const inventory = (args: string[] = []) => spawnSync(TSX, ["src/cli/main.ts", "inventory", ...args], { cwd: root, encoding: "utf8" });
  const problems = () => {
    const { catalog } = loadCatalog({ root, environments });
    return inventoryProblems(root, catalog).map(formatProblem);
  };
  const remove = (...clientIds: string[]) => clientIds.forEach((clientId) => fs.rmSync(path.join(root, "clients", `${clientId}.ts`)));

  beforeEach(() => {
    root = tempProject(projectWith(8));
    // The temporary project starts with the example's inventory; these customers replace its own.
    fs.rmSync(path.join(root, INVENTORY_FILE));
    expect(inventory().status).toBe(0);
  });

  test("accepts removing two of eight customers", () => {
    remove("customer-01", "customer-02");
    expect(problems()).toEqual([]);
  });

  test("fails when a change removes three of eight customers, more than a quarter, naming the count", () => {
    remove("customer-01", "customer-02", "customer-03");
    expect(problems()).toEqual([
      'customers.inventory.json: sandbox = ["customer-01","customer-02","customer-03"]: would remove 3 of 8 customers, more than 25% of the customers of sandbox; if that is intended, run `npm run inventory -- --acknowledge-removal=sandbox` and commit customers.inventory.json [customer-mass-removal]',
    ]);
  });

  test("fails when a change removes every customer of an environment", () => {
    for (const name of fs.readdirSync(path.join(root, "clients"))) fs.rmSync(path.join(root, "clients", name));
    expect(problems()).toEqual([
      'customers.inventory.json: sandbox = ["customer-01","customer-02","customer-03","customer-04","customer-05","custome…: would remove 8 of 8 customers, every customer of sandbox; if that is intended, run `npm run inventory -- --acknowledge-removal=sandbox` and commit customers.inventory.json [customer-mass-removal]',
    ]);
  });

  test("fails when the synthesis (main.ts, what cdktf runs) would remove every customer, writing nothing", () => {
    for (const name of fs.readdirSync(path.join(root, "clients"))) fs.rmSync(path.join(root, "clients", name));
    const result = spawnSync(TSX, ["main.ts"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("would remove 8 of 8 customers, every customer of sandbox");
    expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
  });

  test("fails when npm run inventory would record a mass removal that is not acknowledged", () => {
    remove("customer-01", "customer-02", "customer-03");
    const result = inventory();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("would remove 3 of 8 customers, more than 25% of the customers of sandbox");
    expect(problems()).toHaveLength(1);
  });

  test("accepts a mass removal acknowledged with npm run inventory, and records it for review", () => {
    remove("customer-01", "customer-02", "customer-03");
    expect(inventory(["--acknowledge-removal=sandbox"]).status).toBe(0);
    expect(problems()).toEqual([]);
    const written = JSON.parse(fs.readFileSync(path.join(root, INVENTORY_FILE), "utf8")) as Inventory;
    expect(written.environments.sandbox).toEqual({
      customers: ["customer-04", "customer-05", "customer-06", "customer-07", "customer-08"],
      acknowledgedRemoval: ["customer-01", "customer-02", "customer-03"],
    });
  });

  test("fails when the inventory is missing", () => {
    fs.rmSync(path.join(root, INVENTORY_FILE));
    expect(problems()).toEqual([
      "customers.inventory.json: (file) = (missing): must exist: run `npm run inventory` and commit it, so removals of many customers are caught [inventory-readable]",
    ]);
  });
});
