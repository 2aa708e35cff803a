/**
 * `npx tsx pipelines/review-comment.ts --environment <env> [--post] [--terraform-report <file>] [--usage <usage.json>] <review.json>...`:
 * the review of an environment's plan (one `npm run --silent plan -- <stack> --json` per stack, in
 * deploy order) as one Markdown comment, printed on stdout for the job's summary.
 *
 * --post               puts it on the pull (merge) request as the one comment of this environment:
 *                      the comment the pipeline wrote earlier that starts with the hidden marker
 *                      `<!-- keycloak-api-keys review: <env> -->` is updated in place (GitHub: PATCH
 *                      of the issue comment; GitLab: PUT of the note), else one is created. A
 *                      pull request pushed to ten times keeps one comment per environment.
 *                      GitHub: GH_TOKEN, GITHUB_REPOSITORY, PULL_REQUEST. GitLab: GITLAB_REVIEW_TOKEN
 *                      (nothing is posted without it), CI_API_V4_URL, CI_PROJECT_ID, MERGE_REQUEST_IID.
 * --terraform-report   also writes GitLab's Terraform report (`{create, update, delete}`), which the
 *                      merge request's Terraform widget shows.
 * --usage              what `npm run --silent usage -- <env> --json` printed: the review then lists
 *                      the keys whose secret has expired or expires soon, for the reviewer to rotate.
 */
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { reportingUserErrors } from "../src/cli/run-cli";
import { formatReview, type ReviewSummary } from "../src/review/review-summary";
import { UserError } from "../src/user-error";
import type { UsageReport } from "../src/operations/key-usage";
import { forgeOfPipeline, type Fetch, type Forge } from "./forge";
import { keysTable, keysToActOn, readUsageReport } from "./key-findings";

const USAGE = "usage: npx tsx pipelines/review-comment.ts --environment <env> [--post] [--terraform-report <file>] [--usage <usage.json>] <review.json>...";

/** GitHub refuses a comment over 65,536 characters; GitLab's notes allow more. Room is left for the marker and the notice. */
const MAX_BODY = 60_000;

/** An environment name as environments.ts allows it: nothing that could end an HTML comment. */
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The hidden first line that makes a comment this environment's review. */
export function reviewMarker(environment: string): string {
  if (!ENVIRONMENT.test(environment)) throw new UserError(`--environment is an environment's name, not ${JSON.stringify(environment)}`);
  return `<!-- keycloak-api-keys review: ${environment} -->`;
}

/** Reads the reviews `plan --json` wrote, one per stack. */
export function readReviews(files: readonly string[]): ReviewSummary[] {
  if (files.length === 0) throw new UserError(USAGE);
  return files.map((file) => {
    const review = JSON.parse(fs.readFileSync(file, "utf8")) as ReviewSummary;
    if (typeof review?.environment !== "string" || typeof review.counts !== "object") throw new UserError(`${file} is not the review \`plan --json\` prints`);
    return review;
  });
}

/**
 * The comment: the marker, then each stack's review. Cut short, saying so, where a forge would
 * refuse it; the job's summary keeps the whole review.
 */
export function reviewBody(environment: string, reviews: readonly ReviewSummary[], footer = "", usage?: UsageReport): string {
  const marker = reviewMarker(environment);
  const expiring = keysToActOn(usage, { expiryOnly: true });
  let text = [
    ...reviews.map(formatReview),
    ...(expiring.length === 0
      ? []
      : [
          `### Keys whose secret expires within ${usage!.expiringDays} days, or has`,
          "",
          "As Keycloak holds them before this plan (a key it rotates gets a new expiry): rotate each with `secretRotation` in its file, and hand the new secret over.",
          "",
          ...keysTable(expiring),
          "",
        ]),
  ].join("\n");
  if (text.length > MAX_BODY) {
    text = `${text.slice(0, text.lastIndexOf("\n", MAX_BODY))}\n\n**The review is longer than a comment can be: the rest is in the pipeline job's summary.**\n`;
  }
  return `${marker}\n${text}${footer === "" ? "" : `\n${footer}\n`}`;
}

/** Updates this environment's comment (the pipeline's own, starting with the marker), or creates it. */
export async function upsertReviewComment(forge: Forge, environment: string, body: string): Promise<"updated" | "created"> {
  const marker = reviewMarker(environment);
  if (!body.startsWith(`${marker}\n`)) throw new Error("the body does not start with its environment's marker");
  const existing = (await forge.comments()).find((comment) => comment.body.startsWith(`${marker}\n`));
  if (existing) {
    await forge.updateComment(existing.id, body);
    return "updated";
  }
  await forge.createComment(body);
  return "created";
}

/** GitLab's Terraform report (what the merge request's Terraform widget reads): the counts of every stack's plan. */
export function gitLabTerraformReport(reviews: readonly ReviewSummary[]): { create: number; update: number; delete: number } {
  const sum = (count: keyof ReviewSummary["counts"]) => reviews.reduce((total, review) => total + review.counts[count], 0);
  return { create: sum("add"), update: sum("change"), delete: sum("destroy") };
}

/** The command line, with `env` and `fetch` to use. */
export async function reviewCommentMain(args: readonly string[], env: NodeJS.ProcessEnv, fetchImpl: Fetch, out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { environment: { type: "string" }, post: { type: "boolean" }, "terraform-report": { type: "string" }, usage: { type: "string" } },
  });
  if (values.environment === undefined) throw new UserError(USAGE);
  const reviews = readReviews(positionals);
  const commit = env.GITHUB_SHA ?? env.CI_COMMIT_SHA;
  const usage = values.usage === undefined ? undefined : readUsageReport(values.usage);
  const body = reviewBody(values.environment, reviews, commit ? `<sub>Planned at ${commit}.</sub>` : "", usage);
  if (values["terraform-report"] !== undefined) fs.writeFileSync(values["terraform-report"], `${JSON.stringify(gitLabTerraformReport(reviews))}\n`);
  out(body);
  if (!values.post) return;
  const forge = forgeOfPipeline(env, fetchImpl, "GITLAB_REVIEW_TOKEN");
  if (!forge) {
    console.error("review-comment: GITLAB_REVIEW_TOKEN is not set; the review is in the job log and artifacts only");
    return;
  }
  console.error(`review-comment: ${await upsertReviewComment(forge, values.environment, body)} the review comment of ${values.environment}`);
}

if (require.main === module) void reportingUserErrors(() => reviewCommentMain(process.argv.slice(2), process.env, fetch, (text) => process.stdout.write(text)));
