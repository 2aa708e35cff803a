/**
 * The toolchain from TypeScript: runs `tools/toolchain.sh` (which pins, builds and caches each
 * piece) and reads the settings it wrote, so tests and scripts use exactly what a person gets
 * from the same script.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT_ROOT } from "./temp-project";

/** Where the toolchain caches what it downloads and builds. */
export const TOOLCHAIN_CACHE = process.env.KEYCLOAK_API_KEYS_CACHE ?? path.join(os.homedir(), ".cache", "keycloak-api-keys");

/** Shell assignments `NAME=value` (as `printf %q` writes them) of one file, as an object. */
function readEnvFile(file: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1).replace(/\\(.)/g, "$1")]),
  );
}

/** The engines a stack can be deployed with. */
export const ENGINES = ["terraform", "tofu"] as const;
/** `terraform` (1.5.7, the last open-source terraform) or `tofu` (OpenTofu, its open-source successor). */
export type Engine = (typeof ENGINES)[number];

/** The engine `KEYCLOAK_API_KEYS_ENGINE` names (default terraform); throws on anything else. */
export function selectedEngine(env: NodeJS.ProcessEnv = process.env): Engine {
  const engine = env.KEYCLOAK_API_KEYS_ENGINE || "terraform";
  if (!(ENGINES as readonly string[]).includes(engine)) {
    throw new Error(`KEYCLOAK_API_KEYS_ENGINE is "${engine}"; use ${ENGINES.join(" or ")}`);
  }
  return engine as Engine;
}

/**
 * Runs `tools/toolchain.sh <step>` (its progress goes to this process's stderr) and returns the
 * settings it wrote for that step. For `engine`, `engine` picks terraform or OpenTofu (default:
 * {@link selectedEngine}). Throws when the script fails; its own message says why.
 */
export function provision(step: "keycloak" | "engine", engine: Engine = selectedEngine()): Record<string, string> {
  const result = spawnSync(path.join(PROJECT_ROOT, "tools", "toolchain.sh"), [step], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, KEYCLOAK_API_KEYS_ENGINE: engine },
  });
  if (result.status !== 0) throw new Error(`tools/toolchain.sh ${step} failed; see its output above`);
  return readEnvFile(path.join(TOOLCHAIN_CACHE, "env", step === "engine" ? `deploy-${engine}.env` : "keycloak.env"));
}
