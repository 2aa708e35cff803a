/**
 * `npm run --silent change-kind -- --base <git rev> [--head <git rev>] [--json]`: whether a change
 * is *data only* (customers, services, the inventory, the snapshot they update) or *touches code*,
 * for a pipeline to decide what may run with credentials. Prints `data`, or `code` followed by one
 * `code: <path>` line per path that makes it so; `--json` prints the kind and both lists. Exits 0
 * either way: the decision is the output.
 *
 * Compares like a pull request: `<base>...<head>`, the head against its merge base with the base
 * (`--head` defaults to HEAD). Committed changes only: the pipeline classifies commits.
 *
 * Data is exactly this, anything else is code (fail closed: a path nobody listed needs a person):
 * - `clients/<name>.ts` and `scopes/<name>.ts`, directly in those folders: the catalog loader
 *   parses them, it never executes them;
 * - `customers.inventory.json`, read as JSON;
 * - `__tests__/__snapshots__/<name>.snap`: an onboarding pull request updates the synthesized
 *   snapshot. Jest executes a snapshot file, but only the test job runs jest, and it runs without
 *   secrets; the credentialed plan job never runs jest nor reads a snapshot.
 * `<name>` is a plain file name (letters, digits, `.`, `_`, `-`, not starting with a dot), the file
 * is a regular one (git mode 100644) or deleted: a symlink, an executable or a submodule at a data
 * path is code, and so is a data path whose name is anything stranger.
 */
import { spawnSync } from "node:child_process";
import { INVENTORY_FILE } from "../inventory/inventory";
import { UserError } from "../user-error";

const NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";
/** Paths whose change is data; each must also be a regular file, see {@link isDataChange}. */
const DATA_PATHS = [
  new RegExp(`^clients/${NAME}\\.ts$`),
  new RegExp(`^scopes/${NAME}\\.ts$`),
  new RegExp(`^${INVENTORY_FILE.replace(/\./g, "\\.")}$`),
  new RegExp(`^__tests__/__snapshots__/${NAME}\\.snap$`),
];
/** Git's mode of a regular, non-executable file; a deleted file's new mode is all zeros. */
const REGULAR_FILE = "100644";
const DELETED = "000000";

/** One changed path as `git diff --raw` reports it (no renames: a move is a deletion and an addition). */
export interface FileChange {
  /** A (added), M (modified), D (deleted), T (type changed, e.g. file to symlink), or another git status letter. */
  readonly status: string;
  readonly oldMode: string;
  readonly newMode: string;
  readonly path: string;
}

export type ChangeKind = "data" | "code";

export interface ChangeDecision {
  readonly kind: ChangeKind;
  /** The paths that make the change code; empty when it is data. */
  readonly codePaths: string[];
  readonly dataPaths: string[];
}

/** Whether one changed path is data: a data path, and a regular file (or gone). */
export function isDataChange(change: FileChange): boolean {
  if (!DATA_PATHS.some((pattern) => pattern.test(change.path))) return false;
  if (change.status === "D") return change.newMode === DELETED;
  return ["A", "M"].includes(change.status) && change.newMode === REGULAR_FILE;
}

/** Data when every changed path is data (no change at all is data too), code otherwise. */
export function decideChangeKind(changes: readonly FileChange[]): ChangeDecision {
  const codePaths = changes.filter((change) => !isDataChange(change)).map((change) => change.path);
  const dataPaths = changes.filter(isDataChange).map((change) => change.path);
  return { kind: codePaths.length === 0 ? "data" : "code", codePaths, dataPaths };
}

/** Parses `git diff --raw -z --no-renames`: `:<old mode> <new mode> <old sha> <new sha> <status>` NUL `<path>` NUL, repeated. */
export function parseRawDiff(output: string): FileChange[] {
  const fields = output.split("\0");
  if (fields.at(-1) === "") fields.pop();
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length; index += 2) {
    const header = /^:(\d{6}) (\d{6}) [0-9a-f]+ [0-9a-f]+ ([A-Z])\d*$/.exec(fields[index]!);
    const file = fields[index + 1];
    if (header === null || file === undefined) throw new Error(`unexpected git diff --raw output: ${JSON.stringify(fields[index])}`);
    changes.push({ oldMode: header[1]!, newMode: header[2]!, status: header[3]!, path: file });
  }
  return changes;
}

/** The committed changes of `head` since its merge base with `base`, as a pull request shows them. */
export function changesBetween(root: string, base: string, head: string): FileChange[] {
  for (const rev of [base, head]) {
    if (rev === "" || rev.startsWith("-")) throw new UserError(`not a git revision: ${JSON.stringify(rev)}`);
  }
  const range = `${base}...${head}`;
  // --raw shows each path's status and modes (a symlink is mode 120000); -z keeps paths verbatim.
  const result = spawnSync("git", ["diff", "--raw", "-z", "--no-renames", "--no-ext-diff", range, "--"], { cwd: root, encoding: "utf8" });
  if (result.error) throw new UserError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) {
    const reason = result.stderr
      .trim()
      .split("\n")[0]!
      .replace(/^fatal: /, "");
    throw new UserError(`could not compare ${range}: ${reason}`);
  }
  return parseRawDiff(result.stdout);
}

/** The command's output: the kind on the first line, then each code path. */
export function formatDecision(decision: ChangeDecision): string {
  return [decision.kind, ...decision.codePaths.map((file) => `code: ${file}`)].join("\n");
}
