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
import { changesBetween, decideChangeKind } from "./change-kind";
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

/**
 * What a pipeline compares its commit with:
 * - `since`: a push to a branch, against the branch's previous commit (GitHub
 *   `github.event.before`, GitLab `CI_COMMIT_BEFORE_SHA`), which must be an ancestor of `head`;
 * - `mergeBase`: a merge or pull request, against its merge base with the target branch.
 */
export type PipelineBase = { readonly since: string; readonly head: string } | { readonly mergeBase: string; readonly head: string };

/**
 * Which stacks a pipeline plans: `every` (with the reason) or the stacks these data `files` touch.
 * Fails safe: every stack when the base is missing, all zeros (a first push), not a commit here
 * (a force push's old commit, a shallow clone), not an ancestor of the head (a force push), or
 * when the change is code (`change-kind`): only a data change is narrowed to its stacks.
 */
export type PipelineChange = { readonly every: string } | { readonly files: readonly string[] };

function succeeds(root: string, args: readonly string[]): boolean {
  return spawnSync("git", [...args], { cwd: root, encoding: "utf8" }).status === 0;
}

/** The change a pipeline deploys, by the rules of {@link PipelineChange}. */
export function pipelineChange(root: string, base: PipelineBase): PipelineChange {
  const push = "since" in base;
  const ref = push ? base.since : base.mergeBase;
  if (ref === "" || /^0+$/.test(ref)) return { every: "no previous commit (a new branch or its first push)" };
  for (const rev of [ref, base.head]) {
    if (rev.startsWith("-") || !succeeds(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`])) {
      return { every: `${rev} is not a commit of this clone` };
    }
  }
  if (push && !succeeds(root, ["merge-base", "--is-ancestor", ref, base.head])) return { every: `${ref} is not an ancestor of ${base.head} (a force push)` };
  const decision = decideChangeKind(changesBetween(root, ref, base.head));
  if (decision.kind === "code") return { every: `the change touches code: ${decision.codePaths[0]}` };
  return { files: decision.dataPaths };
}

/** The stacks of an environment a pipeline plans for `change`, in deploy order. */
export function stacksToPlan(environmentName: string, environment: EnvironmentDefinition, change: PipelineChange): string[] {
  return "every" in change ? stackNamesOf(environmentName, environment) : stacksTouchedBy(environmentName, environment, change.files);
}

/** The options `--since`, `--merge-base` and `--head` as a pipeline passes them: neither base means every stack. */
export function pipelineChangeOf(root: string, options: { since?: string; mergeBase?: string; head?: string }): PipelineChange {
  const head = options.head ?? "HEAD";
  if (options.since !== undefined && options.mergeBase !== undefined) throw new UserError("--since (a push) or --merge-base (a merge request), not both");
  if (options.since !== undefined) return pipelineChange(root, { since: options.since, head });
  if (options.mergeBase !== undefined) return pipelineChange(root, { mergeBase: options.mergeBase, head });
  return { every: "no base to compare with (--since or --merge-base)" };
}
