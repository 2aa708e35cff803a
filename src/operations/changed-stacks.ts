/**
 * `npm run --silent changed-stacks -- <environment> <git-ref>`: the stacks of an environment that
 * a change against `<git-ref>` (the pull request's base branch, or the commit before a merge)
 * touches, one per line, in deploy order, for a pipeline to plan and apply only those.
 *
 * Decided from the changed files, so its cost does not grow with the number of customers: a
 * customer file `clients/<clientId>.ts` (added, edited or deleted) touches the stack that holds
 * that customer; files that do not reach Terraform (documentation, tests, pipelines, the reviewed
 * inventory) touch none; any other file (services, environments, code, dependencies) may change
 * every stack, so it touches all of them. Uncommitted and untracked files count as changed.
 */
import { spawnSync } from "node:child_process";
import type { EnvironmentDefinition } from "../definitions/environment";
import { INVENTORY_FILE } from "../inventory/inventory";
import { customerStackName, stackNamesOf } from "../stacks/customer-shards";
import { UserError } from "../user-error";

/** Files that never reach the synthesized configuration. */
const NOT_SYNTHESIZED = [
  /\.md$/,
  /^__tests__\//,
  /^\.github\//,
  /^\.gitlab-ci\.yml$/,
  /^bench\//,
  /^examples\//,
  /^\.ci\//,
  new RegExp(`^${INVENTORY_FILE.replace(/\./g, "\\.")}$`),
];
const CUSTOMER_FILE = /^clients\/([^/]+)\.ts$/;

function git(root: string, args: readonly string[]): string[] {
  const result = spawnSync("git", [...args], { cwd: root, encoding: "utf8" });
  if (result.error) throw new UserError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) throw new UserError(`git ${args.join(" ")} failed:\n${result.stderr.trim()}`);
  return result.stdout.split("\n").filter((line) => line !== "");
}

/** The project-relative paths that differ from `baseRef`: committed since, uncommitted and untracked. */
export function changedFiles(root: string, baseRef: string): string[] {
  // --no-renames: a moved customer file counts as deleted at one path and added at the other.
  const changed = git(root, ["diff", "--name-only", "--no-renames", "--relative", baseRef, "--"]);
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard"]);
  return [...new Set([...changed, ...untracked])].sort();
}

/** The stacks of `environmentName` that a change of `files` touches, in deploy order. */
export function stacksTouchedBy(environmentName: string, environment: EnvironmentDefinition, files: readonly string[]): string[] {
  const all = stackNamesOf(environmentName, environment);
  const touched = new Set<string>();
  for (const file of files) {
    if (NOT_SYNTHESIZED.some((pattern) => pattern.test(file))) continue;
    const customer = CUSTOMER_FILE.exec(file)?.[1];
    if (customer === undefined) return all;
    touched.add(customerStackName(environmentName, environment, customer));
  }
  return all.filter((stack) => touched.has(stack));
}
