/**
 * `npm run --silent changed-stacks -- <environment> <git-ref>`: the stacks of an environment whose
 * synthesized configuration differs from what `<git-ref>` (the pull request's base branch)
 * synthesizes, one per line, for a pipeline to plan and deploy only those. In a sharded
 * environment, onboarding one customer changes one shard; changing a service changes the base
 * and the shards whose customers it serves.
 *
 * The base is checked out with `git worktree` beside the project and synthesized there with this
 * checkout's node_modules; nothing is deployed and no state is read.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { stackNamesOf } from "../stacks/customer-shards";
import { OperatorError, runOperatorCommand } from "./operator-command";
import { loadEnvironments } from "./stack-workspace";

const USAGE = "usage: npm run --silent changed-stacks -- <environment> <git-ref>";

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, [...args], { cwd, encoding: "utf8", env, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) throw new OperatorError(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new OperatorError(`${command} ${args.join(" ")} failed:\n${(result.stderr || result.stdout).trim()}`);
}

/** Synthesizes the project at `root` (with `node_modules` from `modules`) into `outdir`. */
function synthesize(root: string, modules: string, outdir: string): void {
  if (!fs.existsSync(path.join(root, "node_modules"))) fs.symlinkSync(modules, path.join(root, "node_modules"));
  run(path.join(modules, ".bin", "tsx"), ["main.ts"], root, { ...process.env, CDKTF_OUTDIR: outdir });
}

function stackJson(outdir: string, stack: string): string | undefined {
  const file = path.join(outdir, "stacks", stack, "cdk.tf.json");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}

/** The stacks of `environmentName` whose synthesized configuration differs from `baseRef`'s. */
export function changedStacks(root: string, environmentName: string, baseRef: string): string[] {
  const environments = loadEnvironments(root);
  const environment = environments[environmentName];
  if (!environment) {
    throw new OperatorError(`environment "${environmentName}" is not declared in environments.ts; declared: ${Object.keys(environments).join(", ")}`);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-api-keys-changed-"));
  const worktree = path.join(scratch, "base");
  const modules = path.join(root, "node_modules");
  try {
    synthesize(root, modules, path.join(scratch, "head"));
    run("git", ["worktree", "add", "--detach", worktree, baseRef], root);
    try {
      synthesize(worktree, modules, path.join(scratch, "base-out"));
    } finally {
      run("git", ["worktree", "remove", "--force", worktree], root);
    }
    return stackNamesOf(environmentName, environment).filter(
      (stack) => stackJson(path.join(scratch, "head"), stack) !== stackJson(path.join(scratch, "base-out"), stack),
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

runOperatorCommand(module, () => {
  const args = process.argv.slice(2);
  if (args.length !== 2) throw new OperatorError(USAGE);
  for (const stack of changedStacks(process.cwd(), args[0]!, args[1]!)) console.log(stack);
});
