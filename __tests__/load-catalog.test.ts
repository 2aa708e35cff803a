import * as fs from "node:fs";
import { environments } from "../environments";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/problem";
import { exampleFiles, tempProject } from "../testkit/temp-project";

describe("loadCatalog", () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function problemsLoading(files: Record<string, string>): string[] {
    root = tempProject(files);
    return loadCatalog({ root, environments }).problems.map(formatProblem);
  }

  test("loads the example's files from any root", () => {
    root = tempProject(exampleFiles());
    const { catalog, problems } = loadCatalog({ root, environments });
    expect(problems).toEqual([]);
    const clientIds = Object.keys(exampleFiles())
      .filter((file) => file.startsWith("clients/"))
      .map((file) => file.slice("clients/".length, -".ts".length))
      .sort();
    expect(clientIds.length).toBeGreaterThan(0);
    expect(catalog.customers.map((c) => c.definition.clientId)).toEqual(clientIds);
  });

  test("fails when a file does not export a definition", () => {
    expect(
      problemsLoading({
        ...exampleFiles(),
        "clients/forgot-default.ts": 'import { defineCustomer } from "../src/definitions/customer";\n',
        "scopes/named-export.ts":
          'import { defineService } from "../src/definitions/service";\nexport const billing = defineService({ clientId: "named-export", description: "d", permissions: ["a"] });\n',
      }),
    ).toEqual([
      'scopes/named-export.ts: (statement) = "export const billing = defineService({ clientId: \\"named-export\\", description…: must not be there: a definition file holds its imports and one `export default`, nothing else; found a variable declaration at line 2, column 1 [file-is-data]',
      "scopes/named-export.ts: export default = (missing): must be `export default defineService({...})` [file-exports-definition]",
      "clients/forgot-default.ts: export default = (missing): must be `export default defineCustomer({...})` [file-exports-definition]",
    ]);
  });

  test("fails when a file exports something else by default", () => {
    expect(problemsLoading({ ...exampleFiles(), "clients/wrong-export.ts": 'export default { clientId: "wrong-export" };\n' })).toEqual([
      'clients/wrong-export.ts: export default = "{ clientId: \\"wrong-export\\" }": must be `export default defineCustomer({...})` with one object literal; found at line 1, column 16 [file-exports-definition]',
    ]);
  });

  test("fails when a file does not parse, naming the line and column", () => {
    expect(
      problemsLoading({
        ...exampleFiles(),
        "clients/broken.ts": 'import { defineCustomer } from "../src/definitions/customer";\nexport default defineCustomer({ clientId: "broken",\n',
      }),
    ).toEqual(["clients/broken.ts: (file) = \"'}' expected.\": must be valid TypeScript; at line 3, column 1 [file-parses]"]);
  });

  describe("files the loader would skip are reported, not ignored", () => {
    const skipped = (name: string, kind = "file", kinds = "files") =>
      `clients/${name}: (${kind}) = ${JSON.stringify(name)}: is not loaded: clients/ holds only <clientId>.ts files, no other ${kinds}; move it out or rename it [folder-holds-only-definitions]`;

    test.each([
      ["an editor backup", "acme-logistics.ts~"],
      ["a vim swap file", ".acme-logistics.ts.swp"],
      ["an emacs autosave file", "#acme-logistics.ts#"],
      ["a copy with another extension", "acme-logistics.ts.bak"],
      ["a JavaScript file", "acme-logistics.js"],
      ["a declaration file", "acme-logistics.d.ts"],
      ["a hidden TypeScript file", ".acme-logistics.ts"],
    ])("fails when clients/ holds %s", (_, name) => {
      expect(problemsLoading({ ...exampleFiles(), [`clients/${name}`]: "export {};\n" })).toEqual([skipped(name)]);
    });

    test("fails when clients/ holds a subfolder, with a customer in it", () => {
      root = tempProject(exampleFiles());
      fs.mkdirSync(`${root}/clients/archive`);
      fs.writeFileSync(`${root}/clients/archive/old-customer.ts`, "export {};\n");
      expect(loadCatalog({ root, environments }).problems.map(formatProblem)).toEqual([skipped("archive", "folder", "folders")]);
    });
  });

  describe("a customer file whose service import does not read", () => {
    test("fails once for the service file and names the import in each customer file that imports it", () => {
      const files = exampleFiles();
      const service = `${files["scopes/orders-api.ts"]}\nthrow new Error("orders-api is broken");\n`;
      const throwLine = service.split("\n").indexOf('throw new Error("orders-api is broken");') + 1;
      const problems = problemsLoading({ ...files, "scopes/orders-api.ts": service });
      const importing = (file: string) =>
        `${file}: import "../scopes/orders-api" = "scopes/orders-api.ts": does not read cleanly (its own problem says why); this file reads once scopes/orders-api.ts does [file-import-resolves]`;
      // Every customer file of the example that imports the service, from the files: onboarding one more keeps this true.
      const importers = Object.keys(files)
        .filter((file) => file.startsWith("clients/") && files[file]!.includes('from "../scopes/orders-api"'))
        .sort();
      expect(importers.length).toBeGreaterThan(0);
      expect(problems).toEqual([
        'scopes/orders-api.ts: (statement) = "throw new Error(\\"orders-api is broken\\");": must not be there: a definition file holds its imports and one `export default`, nothing else; ' +
          `found a throw statement at line ${throwLine}, column 1 [file-is-data]`,
        ...importers.map(importing),
      ]);
    });

    test("fails when the imported service file does not exist", () => {
      const files = exampleFiles();
      expect(
        problemsLoading({
          ...files,
          "clients/acme-logistics.ts": files["clients/acme-logistics.ts"]!.replace('from "../scopes/orders-api"', 'from "../scopes/billing-api"'),
        }),
      ).toEqual([
        'clients/acme-logistics.ts: import "../scopes/billing-api" = "scopes/billing-api.ts": does not exist: a customer imports services from scopes/<clientId>.ts [file-import-resolves]',
      ]);
    });
  });
});
