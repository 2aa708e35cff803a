/**
 * `synth`: type-checks, validates and builds every stack once in this process, throwing every
 * problem at once in the documented format, and only then runs `cdktf synth`. Run directly on
 * broken files, `cdktf synth` would print the app's output twice (as it happens and again in its
 * summary) among its own progress lines.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkProject } from "../run-project";
import { loadEnvironments } from "./stack-workspace";

/** The project's own tools, found from this file wherever the command runs. */
const bin = (name: string) => path.join(__dirname, "..", "..", "node_modules", ".bin", name);

/**
 * Terraform, which cdktf runs for its version, warns on every call when `TF_CLI_CONFIG_FILE`
 * names a file that does not exist; synthesis needs no CLI configuration, so such a value is
 * replaced by an empty one. An existing file (the provider mirror of a deploy) is kept.
 */
function cliConfigFile(value: string | undefined): string {
  return value !== undefined && value !== "" && fs.existsSync(value) ? value : "/dev/null";
}

/**
 * Type-checks the project at `root`, checks every file (throwing a problem list), then runs
 * `cdktf synth` with `cdktfArgs`; returns the exit status of what ran last.
 */
export function synthesize(root: string, cdktfArgs: readonly string[]): number {
  const typecheck = spawnSync(bin("tsc"), ["-p", "tsconfig.app.json"], { cwd: root, stdio: "inherit" });
  if (typecheck.status !== 0) return typecheck.status ?? 1;

  checkProject({ root, environments: loadEnvironments(root) });

  // The app is type-checked above: run it without cdktf.json's `npm run app`, which would check it again.
  const synth = spawnSync(bin("cdktf"), ["synth", "--app", `${bin("tsx")} main.ts`, ...cdktfArgs], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TF_CLI_CONFIG_FILE: cliConfigFile(process.env.TF_CLI_CONFIG_FILE), CHECKPOINT_DISABLE: "1" },
  });
  return synth.status ?? 1;
}
