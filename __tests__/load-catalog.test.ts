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
    expect(catalog.customers.map((c) => c.definition.clientId)).toEqual(["acme-logistics", "globex-retail", "initech-labs"]);
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

  test("fails when a file throws while loading, and goes on with the other files", () => {
    root = tempProject({ ...exampleFiles(), "clients/throws.ts": 'throw new Error("no definition here");\n' });
    const { catalog, problems } = loadCatalog({ root, environments });
    expect(problems.map(formatProblem)).toEqual([
      'clients/throws.ts: (file) = "no definition here": must compile and load without throwing [file-loads]',
    ]);
    expect(catalog.customers).toHaveLength(3);
  });
});
