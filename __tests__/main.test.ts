import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, exampleFiles, tempProject } from "../scripts/temp-project";

/** Runs a command of the project in `cwd` the way a person would, without colours. */
function run(command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
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
    expect(result.stderr).toContain(
      "clients/empty.ts: export default = (missing): must be `export default defineCustomer({...})` [file-exports-definition]",
    );
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
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
