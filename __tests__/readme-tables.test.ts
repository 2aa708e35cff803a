import * as fs from "node:fs";
import * as path from "node:path";
import { LOAD_RULES } from "../src/catalog/load-catalog";
import { INVENTORY_RULES } from "../src/inventory/inventory";
import { POLICY_RULES } from "../src/policy/rules";
import { RULES } from "../src/validation/validate-catalog";
import { withTables } from "../tools/readme-tables";

const README = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

describe("the README's tables of rules", () => {
  test("are the ones generated from the rules (after changing a rule, run `npx tsx tools/readme-tables.ts --write`)", () => {
    expect(README).toBe(withTables(README));
  });

  test.each([...LOAD_RULES, ...RULES, ...INVENTORY_RULES, ...POLICY_RULES].map((rule) => [rule.id]))("list %s", (id) => {
    expect(README).toContain(`| \`${id}\` |`);
  });
});
