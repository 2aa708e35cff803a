/**
 * The docs' generated parts (rules, policy rules, every command's help, the bench figures) are
 * what `tools/docs-tables.ts` makes now.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LOAD_RULES } from "../src/catalog/load-catalog";
import { INVENTORY_RULES } from "../src/inventory/inventory";
import { POLICY_RULES } from "../src/policy/rules";
import { RULES } from "../src/validation/validate-catalog";
import { GENERATED_FILES, withGenerated } from "../tools/docs-tables";
import { PROJECT_ROOT } from "../testkit/temp-project";

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");

describe("the docs' generated parts", () => {
  test.each(GENERATED_FILES.map((file) => [file]))("%s is current (after changing a rule, a command or bench results, run `npx tsx tools/docs-tables.ts --write`)", (file) => {
    const text = read(file);
    expect(text).toBe(withGenerated(file, text));
  });

  test.each([...LOAD_RULES, ...RULES, ...INVENTORY_RULES, ...POLICY_RULES].map((rule) => [rule.id]))("docs/rules.md lists %s", (id) => {
    expect(read("docs/rules.md")).toContain(`| \`${id}\` |`);
  });
});
