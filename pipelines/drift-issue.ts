/**
 * `npx tsx pipelines/drift-issue.ts --environment <env> [--usage <usage.json>] <drift.json>...`: after
 * the scheduled drift check (one `npm run --silent drift -- <stack> --json` per stack, and
 * `npm run --silent usage -- <env> --json`), keeps one issue per environment, titled
 * `Keycloak drift: <env>`: opened, or updated in place, with the customers and settings that differ
 * and the keys to act on (expired, expiring soon, dormant, never used); closed, with a note, once
 * Keycloak matches the files and no key needs acting on. Exits 1 while there is drift, so the
 * scheduled job stays red as well; keys to act on alone keep the issue open but the job green.
 *
 * GitHub: GH_TOKEN (the job's token, with `issues: write`) and GITHUB_REPOSITORY. GitLab:
 * GITLAB_DRIFT_TOKEN (a project access token with the api scope), CI_API_V4_URL, CI_PROJECT_ID;
 * without the token, only the job's log and status tell.
 */
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { reportingUserErrors } from "../src/cli/run-cli";
import { formatReview, type ReviewSummary } from "../src/review/review-summary";
import type { UsageReport } from "../src/operations/key-usage";
import { keysTable, keysToActOn, readUsageReport } from "./key-findings";
import { UserError } from "../src/user-error";
import { forgeOfPipeline, type Fetch, type Forge } from "./forge";
import { reviewMarker } from "./review-comment";

const USAGE = "usage: npx tsx pipelines/drift-issue.ts --environment <env> [--usage <usage.json>] <drift.json>...";

/** What `drift --json` prints for one stack. */
export interface DriftResult {
  readonly drift: boolean;
  readonly review: ReviewSummary | null;
}

export function driftIssueTitle(environment: string): string {
  reviewMarker(environment); // the same names only
  return `Keycloak drift: ${environment}`;
}

/** Reads what `drift --json` wrote, one file per stack; a file that is not that (the check failed) is an error. */
export function readDriftResults(files: readonly string[]): DriftResult[] {
  if (files.length === 0) throw new UserError(USAGE);
  return files.map((file) => {
    let result: DriftResult;
    try {
      result = JSON.parse(fs.readFileSync(file, "utf8")) as DriftResult;
    } catch {
      throw new UserError(`${file} is not what \`drift --json\` prints: the drift check failed, see its log`);
    }
    if (typeof result?.drift !== "boolean" || (result.drift && result.review === null)) throw new UserError(`${file} is not what \`drift --json\` prints`);
    return result;
  });
}

/** The issue's text: what differs, per stack, in the review's words (customers and settings), then the keys to act on. */
export function driftIssueBody(environment: string, results: readonly DriftResult[], runUrl = "", usage?: UsageReport): string {
  const drifted = results.flatMap((result) => (result.drift && result.review ? [result.review] : []));
  const keys = keysToActOn(usage);
  return [
    ...(drifted.length === 0
      ? [`Keycloak in \`${environment}\` matches the files.`]
      : [
          `Keycloak in \`${environment}\` differs from the files: someone changed it by hand, or a merged change was not applied.`,
          "Applying the files puts back what the review below lists; if the hand change was wanted, change the files to match.",
        ]),
    ...(runUrl === "" ? [] : ["", `Last checked: ${runUrl}`]),
    "",
    ...drifted.map(formatReview),
    ...(keys.length === 0
      ? []
      : [
          `### Keys to act on (tokens over ${usage!.windowDays} days; dormant after ${usage!.dormantDays} days; expiring within ${usage!.expiringDays} days)`,
          "",
          "Rotate an expired or expiring key (`secretRotation`) and hand it over; ask about, suspend or remove a key nobody uses.",
          "",
          ...keysTable(keys),
          "",
        ]),
  ].join("\n");
}

/** Whether the environment's issue has something to say: drift, or a key to act on. */
function issueNeeded(results: readonly DriftResult[], usage: UsageReport | undefined): boolean {
  return results.some((result) => result.drift) || keysToActOn(usage).length > 0;
}

/** Opens or updates the environment's issue while there is drift or a key to act on; closes it when there is neither. */
export async function syncDriftIssue(
  forge: Forge,
  environment: string,
  results: readonly DriftResult[],
  runUrl = "",
  usage?: UsageReport,
): Promise<"opened" | "updated" | "closed" | "none"> {
  const title = driftIssueTitle(environment);
  const open = await forge.openIssues(title);
  if (issueNeeded(results, usage)) {
    const body = driftIssueBody(environment, results, runUrl, usage);
    if (open.length === 0) {
      await forge.createIssue(title, body);
      return "opened";
    }
    await forge.updateIssue(open[0]!.id, body);
    return "updated";
  }
  for (const issue of open) {
    await forge.closeIssue(issue.id, `Keycloak matches the files again, and no key needs acting on${runUrl === "" ? "" : ` (${runUrl})`}.`);
  }
  return open.length === 0 ? "none" : "closed";
}

/** The run's page, for the issue to point at. */
function runUrlOf(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  return env.CI_JOB_URL ?? "";
}

export async function driftIssueMain(args: readonly string[], env: NodeJS.ProcessEnv, fetchImpl: Fetch): Promise<boolean> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { environment: { type: "string" }, usage: { type: "string" } },
  });
  if (values.environment === undefined) throw new UserError(USAGE);
  const results = readDriftResults(positionals);
  const usage = values.usage === undefined ? undefined : readUsageReport(values.usage);
  const drift = results.some((result) => result.drift);
  console.log(
    issueNeeded(results, usage)
      ? driftIssueBody(values.environment, results, runUrlOf(env), usage)
      : `No drift: Keycloak matches the files in ${values.environment}.`,
  );
  const forge = forgeOfPipeline(env, fetchImpl, "GITLAB_DRIFT_TOKEN");
  if (forge) {
    const outcome = await syncDriftIssue(forge, values.environment, results, runUrlOf(env), usage);
    console.error(`drift-issue: ${outcome} "${driftIssueTitle(values.environment)}"`);
  } else console.error("drift-issue: GITLAB_DRIFT_TOKEN is not set; no issue is kept");
  return drift;
}

if (require.main === module) {
  void reportingUserErrors(async () => {
    if (await driftIssueMain(process.argv.slice(2), process.env, fetch)) process.exitCode = 1;
  });
}
