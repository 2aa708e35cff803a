/**
 * Customer and service files are data: the loader parses them and never runs them. Each case is a
 * construct a pull request could put in a file, and the full problem it gets (file, field, the
 * source text, the rule with line and column, the rule id). The last cases are the attacks that
 * used to work, run through the real entry point with a canary in the environment.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { environments } from "../environments";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/problem";
import { PROJECT_ROOT, exampleFiles, tempProject } from "../testkit/temp-project";

const IMPORTS = 'import { defineCustomer } from "../src/definitions/customer";\nimport ordersApi from "../scopes/orders-api";\n';
const FILE = "clients/hostile-co.ts";
const LITERAL = 'must be a literal (string, number, boolean, array, object or undefined) or <service>.grant("permission", ...), never code; found';
const NOT_THERE = "must not be there: a definition file holds its imports and one `export default`, nothing else; found";

/** A customer file whose `name` (line 5) is `name`, with `extra` lines before the export. */
function customer(fields: { name?: string; grants?: string; extra?: string; imports?: string } = {}): string {
  return `${fields.imports ?? IMPORTS}${fields.extra ?? ""}
export default defineCustomer({
  clientId: "hostile-co",
  name: ${fields.name ?? '"Hostile Co"'},
  contact: "api@hostile.example",
  grants: [${fields.grants ?? 'ordersApi.grant("orders:read")'}],
  environments: ["sandbox"],
});
`;
}

describe("customer and service files are read, never run", () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function problemsOf(files: Record<string, string>): string[] {
    root = tempProject({ ...exampleFiles(), ...files });
    return loadCatalog({ root, environments }).problems.map(formatProblem);
  }

  test("reads a file of the documented shape, with every literal kind, into the definition", () => {
    root = tempProject({
      ...exampleFiles(),
      [FILE]: customer({ name: "`Hostile Co`" }).replace(
        'environments: ["sandbox"],',
        'environments: ["sandbox"],\n  enabled: false,\n  secretRotation: undefined,\n  adopt: { "sandbox": "0b8f5c1e-4c1d-4f7e-9a57-6a1f3c2d9e10" },\n  suppressions: [],',
      ),
    });
    const { catalog, problems } = loadCatalog({ root, environments });
    expect(problems).toEqual([]);
    const read = catalog.customers.find((c) => c.file === FILE)!.definition;
    const orders = catalog.services.find((s) => s.file === "scopes/orders-api.ts")!.definition;
    expect(read).toMatchObject({
      clientId: "hostile-co",
      name: "Hostile Co",
      enabled: false,
      secretRotation: undefined,
      adopt: { sandbox: "0b8f5c1e-4c1d-4f7e-9a57-6a1f3c2d9e10" },
      environments: ["sandbox"],
    });
    // The grant points at the very service read from scopes/, as an import did.
    expect(read.grants).toEqual([{ service: orders, permissions: ["orders:read"] }]);
    expect(read.grants[0]!.service).toBe(orders);
  });

  // [what, the file's name field (line 5) or extra statement (line 3), the problem]
  const VALUES: readonly (readonly [string, { name?: string; grants?: string; extra?: string; imports?: string }, string])[] = [
    [
      "a function call",
      { name: 'String("Hostile")' },
      `${FILE}: name = "String(\\"Hostile\\")": ${LITERAL} a function call at line 6, column 9 [file-is-data]`,
    ],
    [
      "process",
      { name: "process.env.KEYCLOAK_PASSWORD" },
      `${FILE}: name = "process.env.KEYCLOAK_PASSWORD": ${LITERAL} \`process\`, which holds the environment and its credentials at line 6, column 9 [file-is-data]`,
    ],
    [
      "require",
      { name: 'require("os").hostname()' },
      `${FILE}: name = "require(\\"os\\").hostname()": ${LITERAL} \`require\`, which runs another module at line 6, column 9 [file-is-data]`,
    ],
    [
      "a template literal with expressions",
      { name: "`Hostile ${1 + 1}`" },
      `${FILE}: name = "\`Hostile \${1 + 1}\`": ${LITERAL} a template literal with expressions at line 6, column 9 [file-is-data]`,
    ],
    ["a variable", { name: "hostName", extra: "" }, `${FILE}: name = "hostName": ${LITERAL} a variable (\`hostName\`) at line 6, column 9 [file-is-data]`],
    [
      "a string built with +",
      { name: '"Hostile" + " Co"' },
      `${FILE}: name = "\\"Hostile\\" + \\" Co\\"": ${LITERAL} a binary expression at line 6, column 9 [file-is-data]`,
    ],
    [
      "a spread in an array",
      { grants: '...[ordersApi.grant("orders:read")]' },
      `${FILE}: grants[0] = "...[ordersApi.grant(\\"orders:read\\")]": ${LITERAL} a spread at line 8, column 12 [file-is-data]`,
    ],
    [
      "a function as a value",
      { name: '(() => "Hostile")()' },
      `${FILE}: name = "(() => \\"Hostile\\")()": ${LITERAL} a function call at line 6, column 9 [file-is-data]`,
    ],
    [
      "a grant with a computed permission",
      { grants: 'ordersApi.grant(["orders:read"][0])' },
      `${FILE}: grants[0].permissions[0] = "[\\"orders:read\\"][0]": ${LITERAL} a property access at line 8, column 28 [file-is-data]`,
    ],
    [
      "a service outside .grant()",
      { name: "ordersApi" },
      `${FILE}: name = "ordersApi": ${LITERAL} the service \`ordersApi\` outside \`.grant(...)\` at line 6, column 9 [file-is-data]`,
    ],
    [
      "a type assertion",
      { name: '"Hostile" as string' },
      `${FILE}: name = "\\"Hostile\\" as string": ${LITERAL} a type assertion at line 6, column 9 [file-is-data]`,
    ],
  ];
  test.each(VALUES)("fails when a value is %s", (_, fields, expected) => {
    expect(problemsOf({ [FILE]: customer(fields) })).toEqual([expected]);
  });

  test("fails when a key is computed, a spread or a shorthand, or given twice", () => {
    const file = customer().replace(
      '  environments: ["sandbox"],',
      '  environments: ["sandbox"],\n  ["enabled"]: false,\n  ...{ enabled: false },\n  adopt,\n  name: "Again",',
    );
    expect(problemsOf({ [FILE]: file })).toEqual([
      `${FILE}: (definition) = "[\\"enabled\\"]: false": ${LITERAL} a computed key at line 10, column 3 [file-is-data]`,
      `${FILE}: (definition) = "...{ enabled: false }": ${LITERAL} a spread at line 11, column 3 [file-is-data]`,
      `${FILE}: (definition) = "adopt": ${LITERAL} a variable (\`adopt\`, written as a shorthand property) at line 12, column 3 [file-is-data]`,
      `${FILE}: name = "name: \\"Again\\"": ${LITERAL} a key given twice at line 13, column 3 [file-is-data]`,
    ]);
  });

  // [what, lines 3.. of the file, the problem]
  const STATEMENTS: readonly (readonly [string, string, string])[] = [
    [
      "a second statement with effects",
      'require("fs").writeFileSync("/tmp/x", "y");\n',
      `${FILE}: (statement) = "require(\\"fs\\").writeFileSync(\\"/tmp/x\\", \\"y\\");": ${NOT_THERE} \`require\`, which runs another module at line 3, column 1 [file-is-data]`,
    ],
    [
      "a variable",
      'const region = "eu";\n',
      `${FILE}: (statement) = "const region = \\"eu\\";": ${NOT_THERE} a variable declaration at line 3, column 1 [file-is-data]`,
    ],
    ["a function", "function f() {}\n", `${FILE}: (statement) = "function f() {}": ${NOT_THERE} a declaration of code at line 3, column 1 [file-is-data]`],
    [
      "a re-export",
      'export * from "../scopes/orders-api";\n',
      `${FILE}: (statement) = "export * from \\"../scopes/orders-api\\";": ${NOT_THERE} a re-export at line 3, column 1 [file-is-data]`,
    ],
    [
      "a type alias",
      "type T = string;\n",
      `${FILE}: (statement) = "type T = string;": ${NOT_THERE} a type alias declaration at line 3, column 1 [file-is-data]`,
    ],
  ];
  test.each(STATEMENTS)("fails when the file holds %s", (_, extra, expected) => {
    expect(problemsOf({ [FILE]: customer({ extra }) })).toEqual([expected]);
  });

  const IMPORT_RULE = "[file-imports-definitions]";
  test.each([
    [
      "a module of the project's code",
      'import { defineCustomer } from "../src/definitions/customer";\nimport { x } from "../src/run-project";\nimport ordersApi from "../scopes/orders-api";\n',
      `${FILE}: import "../src/run-project" = "import { x } from \\"../src/run-project\\";": must import only from "../src/definitions/customer" and "../scopes/<service>"; a definition file is data, never code; found at line 2, column 1 ${IMPORT_RULE}`,
    ],
    [
      "a package for its effects",
      'import "node:fs";\nimport { defineCustomer } from "../src/definitions/customer";\nimport ordersApi from "../scopes/orders-api";\n',
      `${FILE}: import "node:fs" = "import \\"node:fs\\";": must import a name, not run a module for its effects; found at line 1, column 1 ${IMPORT_RULE}`,
    ],
    [
      "another customer",
      'import { defineCustomer } from "../src/definitions/customer";\nimport ordersApi from "../scopes/orders-api";\nimport acme from "../clients/acme-logistics";\n',
      `${FILE}: import "../clients/acme-logistics" = "import acme from \\"../clients/acme-logistics\\";": must import only from "../src/definitions/customer" and "../scopes/<service>"; a definition file is data, never code; found at line 3, column 1 ${IMPORT_RULE}`,
    ],
    [
      "the definition function under another name",
      'import { defineCustomer as define } from "../src/definitions/customer";\nimport ordersApi from "../scopes/orders-api";\n',
      `${FILE}: import "../src/definitions/customer" = "import { defineCustomer as define } from \\"../src/definitions/customer\\";": must be exactly \`import { defineCustomer } from "../src/definitions/customer"\`; found at line 1, column 1 ${IMPORT_RULE}`,
    ],
    [
      "a service as a named import",
      'import { defineCustomer } from "../src/definitions/customer";\nimport { ordersApi } from "../scopes/orders-api";\n',
      `${FILE}: import "../scopes/orders-api" = "import { ordersApi } from \\"../scopes/orders-api\\";": must be a default import, \`import ordersApi from "../scopes/orders-api"\`; found at line 2, column 1 ${IMPORT_RULE}`,
    ],
  ])("fails when a customer file imports %s", (_, imports, expected) => {
    const problems = problemsOf({ [FILE]: customer({ imports }) });
    expect(problems[0]).toBe(expected);
  });

  test("fails when a service file imports anything but defineService, or grants", () => {
    const service = `import { defineService } from "../src/definitions/service";
import ordersApi from "../scopes/orders-api";

export default defineService({
  clientId: "billing-api",
  description: "Billing",
  permissions: ["billing:read"],
  environments: [ordersApi.grant("orders:read")],
});
`;
    expect(problemsOf({ "scopes/billing-api.ts": service })).toEqual([
      'scopes/billing-api.ts: import "../scopes/orders-api" = "import ordersApi from \\"../scopes/orders-api\\";": must import only from "../src/definitions/service"; a definition file is data, never code; found at line 2, column 1 [file-imports-definitions]',
      'scopes/billing-api.ts: environments[0] = "ordersApi.grant(\\"orders:read\\")": must be a literal (string, number, boolean, array, object or undefined), never code; found a function call at line 8, column 18 [file-is-data]',
    ]);
  });

  test("fails when the default export calls another function, or two defaults are exported", () => {
    const twice = `${customer()}export default defineCustomer({ clientId: "x" });\n`;
    const secondLine = twice.split("\n").length - 1;
    expect(problemsOf({ [FILE]: customer().replace("export default defineCustomer({", "export default Object.freeze({") })).toEqual([
      expect.stringMatching(
        /^clients\/hostile-co\.ts: export default = "Object\.freeze\(.*: must be `export default defineCustomer\(\{\.\.\.\}\)` with one object literal; found at line 4, column 16 \[file-exports-definition\]$/,
      ),
    ]);
    expect(problemsOf({ [FILE]: twice })).toEqual([
      `${FILE}: export default = "export default defineCustomer({ clientId: \\"x\\" });": must appear once; a second one at line ${secondLine}, column 1 [file-exports-definition]`,
    ]);
  });

  test("keeps a __proto__ key as the object's own data, never its prototype", () => {
    root = tempProject({
      ...exampleFiles(),
      [FILE]: customer().replace('environments: ["sandbox"],', 'environments: ["sandbox"],\n  adopt: { "__proto__": { "polluted": "yes" } },'),
    });
    const read = loadCatalog({ root, environments }).catalog.customers.find((c) => c.file === FILE)!.definition;
    expect(Object.getPrototypeOf(read.adopt)).toBe(Object.prototype);
    expect(Object.keys(read.adopt)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe("the attacks a customer file could make before, through `npm run app` (the app cdktf runs)", () => {
    const CANARY = "canary-admin-password-5f1c9b";
    function runApp(files: Record<string, string>) {
      root = tempProject({ ...exampleFiles(), ...files });
      return spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["main.ts"], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, KEYCLOAK_PASSWORD: CANARY, KEYCLOAK_CLIENT_SECRET: CANARY, NO_COLOR: "1" },
      });
    }

    test("fails when a name is built from the admin password, and the password reaches no output", () => {
      const result = runApp({ [FILE]: customer({ name: "process.env.KEYCLOAK_PASSWORD" }) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${FILE}: name = "process.env.KEYCLOAK_PASSWORD": ${LITERAL} \`process\``);
      expect(`${result.stdout}${result.stderr}`).not.toContain(CANARY);
      expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
    });

    test("fails when a file would write the environment to a file, and nothing is written", () => {
      const stolen = path.join(os.tmpdir(), `stolen-${process.pid}-${Date.now()}.json`);
      const result = runApp({ [FILE]: customer({ extra: `require("fs").writeFileSync(${JSON.stringify(stolen)}, JSON.stringify(process.env));\n` }) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${FILE}: (statement) = "require(\\"fs\\").writeFileSync(`);
      expect(result.stderr).toContain("[file-is-data]");
      expect(fs.existsSync(stolen)).toBe(false);
      expect(`${result.stdout}${result.stderr}`).not.toContain(CANARY);
    });
  });
});
