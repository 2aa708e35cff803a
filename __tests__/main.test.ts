import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, exampleFiles, tempProject } from "../testkit/temp-project";

/** Runs a command of the project in `cwd` the way a person would, without colours. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env } });
}

/** A private TMPDIR for one command, to see what it leaves behind; tsx keeps its compile cache there by design. */
function privateTmp(root: string): { env: NodeJS.ProcessEnv; leftovers: () => string[] } {
  const dir = path.join(root, ".tmp");
  fs.mkdirSync(dir);
  return { env: { TMPDIR: dir }, leftovers: () => fs.readdirSync(dir).filter((name) => !/^tsx-\d+$/.test(name)) };
}

const TSX = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe("main.ts, the app cdktf runs", () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test("synthesizes one stack per environment from the bundled example", () => {
    root = tempProject(exampleFiles());
    const result = run(TSX, ["main.ts"], root);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const stack of ["sandbox", "production"]) {
      expect(fs.existsSync(path.join(root, "cdktf.out", "stacks", stack, "cdk.tf.json"))).toBe(true);
    }
  });

  test("fails when files break rules: lists every problem, exits 1, writes nothing, shows no stack trace", () => {
    const files = exampleFiles();
    root = tempProject({
      ...files,
      "clients/globex-retail.ts": files["clients/globex-retail.ts"]!.replace('clientId: "globex-retail"', 'clientId: "Globex"'),
      "clients/acme-copy.ts": files["clients/acme-logistics.ts"]!,
      "clients/empty.ts": "export {};\n",
    });
    const result = run(TSX, ["main.ts"], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("problems in the customer, service and environment files; nothing was synthesized:");
    expect(result.stderr).toContain(
      'clients/globex-retail.ts: clientId = "Globex": must equal the file name "globex-retail" (rename the file or fix the clientId) [client-id-matches-file-name]',
    );
    expect(result.stderr).toContain(
      'clients/acme-copy.ts: clientId = "acme-logistics": must be unique across clients/ and scopes/, ignoring case; also declared by clients/acme-logistics.ts (customer) [client-id-unique]',
    );
    expect(result.stderr).toContain("clients/empty.ts: export default = (missing): must be `export default defineCustomer({...})` [file-exports-definition]");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
  });

  test("fails to compile when a typed file names an environment that is not declared", () => {
    const files = exampleFiles();
    root = tempProject({
      ...files,
      "clients/initech-labs.ts": files["clients/initech-labs.ts"]!.replace('environments: ["sandbox"]', 'environments: ["staging"]'),
    });
    const result = run("npm", ["run", "--silent", "app"], root);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/clients\/initech-labs\.ts\(\d+,\d+\): error TS2322: Type '"staging"' is not assignable to type '"sandbox" \| "production"'/);
  });

  test("fails to compile when a typed file grants a permission the service does not declare", () => {
    const files = exampleFiles();
    root = tempProject({
      ...files,
      "clients/acme-logistics.ts": files["clients/acme-logistics.ts"]!.replace('"orders:write"', '"orders:wirte"'),
    });
    const result = run("npm", ["run", "--silent", "app"], root);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/clients\/acme-logistics\.ts\(\d+,\d+\): error TS2345: Argument of type '"orders:wirte"'/);
    expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
  });
});

describe("npm run synth, through cdktf synth", () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  // Terraform warns about a CLI configuration file that does not exist on every call cdktf makes.
  const MISSING_CLI_CONFIG = { TF_CLI_CONFIG_FILE: "/nonexistent/terraformrc" };

  test("fails when files break rules: prints each problem once and nothing else, leaves nothing behind", () => {
    const files = exampleFiles();
    root = tempProject({
      ...files,
      "clients/globex-retail.ts": files["clients/globex-retail.ts"]!.replace('name: "Globex Retail"', 'name: "Globex\\nRetail"'),
      "clients/globex-retail.ts~": files["clients/globex-retail.ts"]!,
    });
    const tmp = privateTmp(root);
    const result = run("npm", ["run", "--silent", "synth"], root, { ...MISSING_CLI_CONFIG, ...tmp.env });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      [
        "2 problems in the customer, service and environment files; nothing was synthesized:",
        '  clients/globex-retail.ts: name = "Globex\\nRetail": must be one line without control characters or line breaks (found U+000A) [text-no-control-characters]',
        '  clients/globex-retail.ts~: (file) = "globex-retail.ts~": is not loaded: clients/ holds only <clientId>.ts files, no other files; move it out or rename it [folder-holds-only-definitions]',
        "",
      ].join("\n"),
    );
    expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
    expect(tmp.leftovers()).toEqual([]);
  });

  test("synthesizes the example without warnings about a missing CLI configuration file", () => {
    root = tempProject(exampleFiles());
    const tmp = privateTmp(root);
    const result = run("npm", ["run", "--silent", "synth"], root, { ...MISSING_CLI_CONFIG, ...tmp.env, CI: "1" });
    expect(result.status).toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toContain("CLI configuration");
    expect(result.stdout).toContain("Generated Terraform code for the stacks: production, sandbox");
    expect(fs.readdirSync(path.join(root, "cdktf.out", "stacks")).sort()).toEqual(["production", "sandbox"]);
    expect(fs.readdirSync(root).filter((name) => name.startsWith(".cdktf.out"))).toEqual([]);
    expect(tmp.leftovers()).toEqual([]);
  });
});
