import * as fs from "node:fs";
import { environments } from "../environments";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/validation/problem";
import { exampleFiles, tempProject } from "../scripts/temp-project";

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
        "clients/forgot-default.ts": 'import { defineCustomer } from "../src/definitions/customer";\nexport const x = 1;\n',
        "scopes/named-export.ts":
          'import { defineService } from "../src/definitions/service";\nexport const billing = defineService({ clientId: "named-export", description: "d", permissions: ["a"] });\n',
      }),
    ).toEqual([
      "scopes/named-export.ts: export default = (missing): must be `export default defineService({...})` [file-exports-definition]",
      "clients/forgot-default.ts: export default = (missing): must be `export default defineCustomer({...})` [file-exports-definition]",
    ]);
  });

  test("fails when a file exports something else by default", () => {
    expect(problemsLoading({ ...exampleFiles(), "clients/wrong-export.ts": 'export default { clientId: "wrong-export" };\n' })).toEqual([
      'clients/wrong-export.ts: export default = "object": must be `export default defineCustomer({...})` [file-exports-definition]',
    ]);
  });

  test("fails when a file does not compile, naming the file without this machine's paths", () => {
    const problems = problemsLoading({
      ...exampleFiles(),
      "clients/broken.ts": 'import { defineCustomer } from "../src/definitions/customer";\nexport default defineCustomer({ clientId: "broken",\n',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^clients\/broken\.ts: \(file\) = ".+": must compile and load without throwing \[file-loads\]$/);
    expect(problems[0]).not.toContain(root);
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

  describe("a file that fails because a file it imports fails", () => {
    test("fails once for the imported file and names the import in each file that imports it", () => {
      const files = exampleFiles();
      const problems = problemsLoading({ ...files, "scopes/orders-api.ts": `${files["scopes/orders-api.ts"]}\nthrow new Error("orders-api is broken");\n` });
      const importing = (file: string) =>
        `${file}: import "../scopes/orders-api" = "scopes/orders-api.ts": fails to load (its own problem says why); this file loads once scopes/orders-api.ts does [file-import-loads]`;
      // Every customer file of the example that imports the service, from the files: onboarding one more keeps this true.
      const importers = Object.keys(files)
        .filter((file) => file.startsWith("clients/") && files[file]!.includes('from "../scopes/orders-api"'))
        .sort();
      expect(importers.length).toBeGreaterThan(0);
      expect(problems).toEqual([
        'scopes/orders-api.ts: (file) = "orders-api is broken": must compile and load without throwing [file-loads]',
        ...importers.map(importing),
      ]);
    });

    test("fails naming the import and its error when the imported file is a helper outside clients/ and scopes/", () => {
      const files = exampleFiles();
      root = tempProject({
        ...files,
        "clients/acme-logistics.ts": `import { contact } from "../lib/contacts";\n${files["clients/acme-logistics.ts"]!.replace(/contact: "[^"]+"/, "contact")}`,
      });
      fs.mkdirSync(`${root}/lib`);
      fs.writeFileSync(`${root}/lib/contacts.ts`, 'export const contact: string = JSON.parse("not json");\n');
      expect(loadCatalog({ root, environments }).problems.map(formatProblem)).toEqual([
        expect.stringMatching(
          /^clients\/acme-logistics\.ts: import "\.\.\/lib\/contacts" = "lib\/contacts\.ts": fails to load: .*JSON.* \[file-import-loads\]$/,
        ),
      ]);
    });
  });

  test("fails when a file throws while loading, and goes on with the other files", () => {
    root = tempProject({ ...exampleFiles(), "clients/throws.ts": 'throw new Error("no definition here");\n' });
    const { catalog, problems } = loadCatalog({ root, environments });
    expect(problems.map(formatProblem)).toEqual([
      'clients/throws.ts: (file) = "no definition here": must compile and load without throwing [file-loads]',
    ]);
    expect(catalog.customers).toHaveLength(Object.keys(exampleFiles()).filter((file) => file.startsWith("clients/")).length);
  });
});
