/**
 * The README and docs/ hold to what they describe: their generated parts (rules, policy rules,
 * every command's help, the bench figures) are what `tools/docs-tables.ts` makes now, and every
 * relative link and every backticked project path in them names a file that exists.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LOAD_RULES } from "../src/catalog/load-catalog";
import { INVENTORY_RULES } from "../src/inventory/inventory";
import { POLICY_RULES } from "../src/policy/rules";
import { RULES } from "../src/validation/validate-catalog";
import { GENERATED_FILES, withGenerated } from "../tools/docs-tables";
import { PROJECT_ROOT } from "../testkit/temp-project";

/** The README and every page of docs/, project-relative. */
const DOCUMENTS = [
  "README.md",
  ...fs
    .readdirSync(path.join(PROJECT_ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];
const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");

/** Folders whose paths the documents name in backticks; a path in them must exist. */
const PROJECT_FOLDERS = ["__tests__", "src", "testkit", "tools", "bench", "pipelines", "examples", "bin", "docs", "scopes", "clients", ".github", ".gen"];
/** A path elsewhere is checked too when it ends like a project file (`scripts/x.ts`), not like a runtime one (`state/sandbox.tfstate`). */
const FILE_EXTENSION = /\.(ts|js|mjs|sh|json|md|yml|yaml|tf|snap|txt|py)$/;

/** Markdown without its fenced code blocks, which show commands and outputs rather than name files. */
const prose = (markdown: string) => markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, "");

/** Where each relative link of `markdown` (in `file`) points, project-relative, without its #anchor. */
function linkTargets(file: string, markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
    .map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), target.split("#")[0]!)));
}

/** The project paths `markdown` names in backticks (`src/...`, `__tests__/...ts`), but for patterns like `clients/<clientId>.ts`. */
function backtickedPaths(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1]!)
    .filter((text) => /^[\w.-]+\/[\w./-]*$/.test(text) && !text.includes("..."))
    .filter((text) => PROJECT_FOLDERS.includes(text.split("/")[0]!) || FILE_EXTENSION.test(text));
}

/** Whether `target` names a file, or a folder with something in it (git keeps no empty folder). */
function exists(target: string): boolean {
  const absolute = path.join(PROJECT_ROOT, target);
  if (!fs.existsSync(absolute)) return false;
  return !fs.statSync(absolute).isDirectory() || fs.readdirSync(absolute).length > 0;
}

/** Every link and backticked path of `file` that names nothing in the project. */
function missingPaths(file: string, markdown: string): string[] {
  const named = [
    ...linkTargets(file, markdown).map((target) => ({ shown: `link ${target}`, target })),
    ...backtickedPaths(markdown).map((target) => ({ shown: `\`${target}\``, target })),
  ];
  return named.filter(({ target }) => !exists(target)).map(({ shown }) => `${file}: ${shown}`);
}

describe("the docs' generated parts", () => {
  test.each(GENERATED_FILES.map((file) => [file]))(
    "%s is current (after changing a rule, a command or bench results, run `npx tsx tools/docs-tables.ts --write`)",
    (file) => {
      const text = read(file);
      expect(text).toBe(withGenerated(file, text));
    },
  );

  test.each([...LOAD_RULES, ...RULES, ...INVENTORY_RULES, ...POLICY_RULES].map((rule) => [rule.id]))("docs/rules.md lists %s", (id) => {
    expect(read("docs/rules.md")).toContain(`| \`${id}\` |`);
  });
});

describe("links and paths in the README and docs/", () => {
  test.each(DOCUMENTS.map((file) => [file]))("%s names only files that exist", (file) => {
    expect(missingPaths(file, read(file))).toEqual([]);
  });

  test("the README links to every page of docs/", () => {
    const linked = new Set(linkTargets("README.md", read("README.md")));
    expect(DOCUMENTS.filter((file) => file.startsWith("docs/") && !linked.has(file))).toEqual([]);
  });

  test("a link or path that names nothing is reported", () => {
    const page =
      "See [the runbook](operating.md#deploy), [gone](gone.md), `src/operations/gone.ts`, `scripts/gone.sh`, `clients/<clientId>.ts`, `state/sandbox.tfstate` and https://example.com.\n\n```sh\ncat src/nowhere.ts\n```\n";
    expect(missingPaths("docs/page.md", page)).toEqual([
      "docs/page.md: link docs/gone.md",
      "docs/page.md: `src/operations/gone.ts`",
      "docs/page.md: `scripts/gone.sh`",
    ]);
  });
});
