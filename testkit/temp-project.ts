import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const PROJECT_ROOT = path.resolve(__dirname, "..");

/** Entries of the real project a temporary project shares (symlinked) or copies. */
const LINKED = ["node_modules", "src", ".gen", "bin", "testkit", "tools", "pipelines", "environments.ts"];
const COPIED = ["main.ts", "package.json", "cdktf.json", "tsconfig.json", "tsconfig.app.json", "customers.inventory.json"];

/**
 * A throw-away copy of the project with its own `clients/` and `scopes/`, for running the real
 * entry point on files a person could write. `files` may also replace `environments.ts`.
 * Returns its root; remove it with `fs.rmSync`.
 */
export function tempProject(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-api-keys-"));
  for (const entry of LINKED) {
    if (!(entry in files)) fs.symlinkSync(path.join(PROJECT_ROOT, entry), path.join(root, entry));
  }
  for (const entry of COPIED) fs.copyFileSync(path.join(PROJECT_ROOT, entry), path.join(root, entry));
  // Keep the compiler's incremental state inside the temporary project, not in the shared node_modules.
  const appConfig = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.app.json"), "utf8"));
  appConfig.compilerOptions.tsBuildInfoFile = "tsbuildinfo-app";
  fs.writeFileSync(path.join(root, "tsconfig.app.json"), JSON.stringify(appConfig));
  fs.mkdirSync(path.join(root, "clients"));
  fs.mkdirSync(path.join(root, "scopes"));
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(root, file), content);
  return root;
}

/** The bundled example's definition files, to start a temporary project from. */
export function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ["clients", "scopes"]) {
    for (const name of fs.readdirSync(path.join(PROJECT_ROOT, folder))) {
      files[`${folder}/${name}`] = fs.readFileSync(path.join(PROJECT_ROOT, folder, name), "utf8");
    }
  }
  return files;
}

/** The sandbox's URL in the project's `environments.ts`, which test and benchmark copies replace. */
const SANDBOX_URL = "http://127.0.0.1:8080";

/** The project's `environments.ts` with the sandbox pointed at `url` (a Keycloak started for a test). */
export function environmentsPointedAt(url: string): string {
  const environments = fs.readFileSync(path.join(PROJECT_ROOT, "environments.ts"), "utf8");
  const pointed = environments.replace(SANDBOX_URL, url);
  if (pointed === environments) throw new Error(`environments.ts no longer declares the sandbox at ${SANDBOX_URL}`);
  return pointed;
}

/** The sandbox's state line in the project's `environments.ts`, after which copies set `customerShards`. */
export const SANDBOX_LOCAL_STATE = 'state: { backend: "local", path: "state/sandbox.tfstate" },';

/** An `environments.ts` source with the sandbox's state encrypted (so its engine is OpenTofu), the passphrase in TF_VAR_<passphraseVariable>. */
export function withSandboxStateEncrypted(source: string, passphraseVariable: string): string {
  const edited = source.replace(
    SANDBOX_LOCAL_STATE,
    `state: { backend: "local", path: "state/sandbox.tfstate", encryption: { passphraseVariable: "${passphraseVariable}" } },`,
  );
  if (edited === source) throw new Error(`environments.ts no longer declares the sandbox's state as ${SANDBOX_LOCAL_STATE}`);
  return edited;
}

/** An `environments.ts` source with the sandbox's `customerShards` set to `count` (undefined: one stack). */
export function withCustomerShards(source: string, count: number | undefined): string {
  const oneStack = source.replace(/\n\s*customerShards: \d+,/, "");
  if (!oneStack.includes(SANDBOX_LOCAL_STATE)) throw new Error("environments.ts no longer declares the sandbox's local state");
  return count === undefined ? oneStack : oneStack.replace(SANDBOX_LOCAL_STATE, `${SANDBOX_LOCAL_STATE}\n    customerShards: ${count},`);
}

/**
 * Gives a temporary project whose customers are not the example's a reviewed list of its own, as
 * `npm run inventory` writes it, so the mass-removal guard compares against its customers.
 */
export function startInventory(root: string): void {
  fs.rmSync(path.join(root, "customers.inventory.json"), { force: true });
  const inventory = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/cli/main.ts", "inventory"], { cwd: root, encoding: "utf8" });
  if (inventory.status !== 0) throw new Error(`npm run inventory failed in ${root}:\n${inventory.stderr}`);
}
