import { spawnSync } from "node:child_process";
import { UserError } from "../user-error";

/**
 * The flag of every command this project runs that takes the state lock (plan, apply, state
 * push): wait up to two minutes for another run holding it (a deploy, a pipeline's plan) instead
 * of failing at once.
 */
export const LOCK_TIMEOUT_FLAG = "-lock-timeout=120s";

/** What one run of the Terraform CLI printed and how it ended. */
export interface TerraformRun {
  readonly binary: string;
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the Terraform CLI the deploys use (`$TERRAFORM_BINARY_NAME`, as cdktf reads it, or
 * `terraform`) in `dir`, unattended. Fails only when it cannot start; the caller judges the exit.
 */
export function runTerraform(dir: string, args: readonly string[]): TerraformRun {
  const binary = process.env.TERRAFORM_BINARY_NAME ?? "terraform";
  const result = spawnSync(binary, [...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, TF_IN_AUTOMATION: "1" },
  });
  if (result.error) throw new UserError(`could not run ${binary}: ${result.error.message}`);
  return { binary, status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
