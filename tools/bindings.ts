/**
 * The Keycloak provider's TypeScript bindings in `.gen/`, made the way cdktf makes them: `cdktf get`
 * for the provider pinned in `cdktf.json` ("terraformProviders"), which runs the real provider
 * binary (from the offline mirror `tools/toolchain.sh engine` builds) for its schema.
 *
 *   npm run bindings             regenerate .gen/
 *   npm run bindings -- --check  fail when the committed .gen/ differs from what the pinned provider generates
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT_ROOT } from "../testkit/temp-project";
import { provision } from "../testkit/toolchain";

const GENERATED = ".gen";

/** Runs `cdktf get` in `dir` (which has a cdktf.json) with the offline toolchain; throws on failure. */
function cdktfGet(dir: string, toolchainEnv: Record<string, string>): void {
  const result = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "cdktf"), ["get", "--force"], {
    cwd: dir,
    env: { ...process.env, ...toolchainEnv, CI: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`cdktf get failed:\n${result.stdout}\n${result.stderr}`);
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Files that differ between two generated trees, missing ones included. */
function differences(expectedDir: string, actualDir: string): string[] {
  const all = [...new Set([...listFiles(expectedDir), ...listFiles(actualDir)])].sort();
  return all.filter((file) => {
    const a = path.join(expectedDir, file);
    const b = path.join(actualDir, file);
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
  });
}

function main(): void {
  const check = process.argv.includes("--check");
  const toolchainEnv = provision("engine");
  if (!check) {
    cdktfGet(PROJECT_ROOT, toolchainEnv);
    console.log(`generated ${listFiles(path.join(PROJECT_ROOT, GENERATED)).length} files into ${GENERATED}/`);
    return;
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-bindings-"));
  try {
    for (const file of ["cdktf.json", "package.json"]) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(scratch, file));
    fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(scratch, "node_modules"));
    cdktfGet(scratch, toolchainEnv);
    const changed = differences(path.join(scratch, GENERATED), path.join(PROJECT_ROOT, GENERATED));
    if (changed.length > 0) {
      console.error(`${GENERATED}/ differs from what the provider pinned in cdktf.json generates; run \`npm run bindings\`. Differs:`);
      for (const file of changed) console.error(`  ${file}`);
      process.exitCode = 1;
      return;
    }
    console.log(`${GENERATED}/ matches the provider pinned in cdktf.json`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
