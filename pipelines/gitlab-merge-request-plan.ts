/**
 * `npx tsx pipelines/gitlab-merge-request-plan.ts --kind <data|code> --target-branch <name> --target-sha <sha>
 * --head-sha <sha> --merge-request <iid>`: the GitLab child pipeline that plans a merge request,
 * as YAML on stdout. `.gitlab-ci.yml`'s `classify` job writes it from `npm run change-kind`'s
 * decision and its `plan-merge-request` job runs it.
 *
 * - data: the plan starts by itself, in the environment `<env>-plan`, and runs the target
 *   branch's code (at the commit classify compared against) on the merge request's `clients/`,
 *   `scopes/` and inventory: no code of the merge request runs with a credential.
 * - code: the plan is a manual job in `<env>-plan-code`, a protected environment a maintainer
 *   starts after reading the change; it runs the merge request as it is. It blocks the pipeline
 *   until then (`allow_failure: false`), so a merge request is not green without its plan.
 *
 * One job per environment `npm run --silent pipeline-environments` lists (from the target branch's
 * environments.ts), with that environment's engine and, in deploy order, the stacks the merge
 * request touches since its merge base with the target (every stack when it touches code, or
 * that commit is unknown); an environment it does not touch has no job. Its review is the
 * merge request's one note of that environment, updated in place, and the Terraform widget's report.
 *
 * Neither kind sees PLAN_PASSPHRASE: a merge request's saved plan never leaves its job.
 */
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import type { ChangeKind } from "../src/operations/change-kind";
import { pipelineChange } from "../src/operations/changed-stacks";
import { pipelineEnvironments, pipelineRunnerOf, type PipelineEnvironment } from "../src/operations/pipeline-environments";
import { loadEnvironments } from "../src/operations/stack-workspace";
import { reportingUserErrors } from "../src/cli/run-cli";
import { UserError } from "../src/user-error";
import { engineJob, IMAGE, nothingToDeploy, PIPELINE_VARIABLES, PLAN_STACKS, stacksComment } from "./gitlab-jobs";

const USAGE =
  "usage: npx tsx pipelines/gitlab-merge-request-plan.ts --kind <data|code> --target-branch <name> --target-sha <sha> --head-sha <sha> --merge-request <iid>";

export interface MergeRequestPlanInput {
  readonly kind: ChangeKind;
  readonly targetBranch: string;
  /** The target branch's commit the decision compared against; a data plan runs its code. */
  readonly targetSha: string;
  readonly headSha: string;
  readonly mergeRequestIid: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** What the plan job runs on a data-only merge request before anything else: the target's code, the merge request's data. */
export const DATA_OVERLAY = [
  'git fetch --no-tags origin "+refs/heads/$MERGE_REQUEST_TARGET_BRANCH:refs/remotes/origin/$MERGE_REQUEST_TARGET_BRANCH"',
  'git checkout --force --detach "$MERGE_REQUEST_TARGET_SHA"',
  'pipelines/take-pull-request-data.sh "$MERGE_REQUEST_HEAD_SHA"',
];

/**
 * The review, as the merge request's one note of this environment (updated in place), and as GitLab's
 * Terraform report, with the keys whose secret expires soon. A usage report that fails (no right to
 * read the realm's events) leaves that list out, not the review.
 */
const REVIEW = [
  `npm run --silent usage -- "$ENVIRONMENT" --json > usage.json || { echo "the key usage report failed; the review lists no expiring keys"; echo '{"keys": []}' > usage.json; }`,
  'npx tsx pipelines/review-comment.ts --environment "$ENVIRONMENT" --post --terraform-report plan.json --usage usage.json reviews/*.json | tee review.md',
];

/** The child pipeline for the `environments` a hosted runner deploys, as an object for `yaml.stringify`. */
export function mergeRequestPlanPipeline(input: MergeRequestPlanInput, environments: readonly PipelineEnvironment[]): Record<string, unknown> {
  if (input.kind !== "data" && input.kind !== "code") throw new UserError(`--kind is data or code, not ${JSON.stringify(input.kind)}`);
  for (const [option, sha] of [
    ["--target-sha", input.targetSha],
    ["--head-sha", input.headSha],
  ] as const) {
    if (!SHA.test(sha)) throw new UserError(`${option} is a full commit hash, not ${JSON.stringify(sha)}`);
  }
  if (!/^\d+$/.test(input.mergeRequestIid)) throw new UserError(`--merge-request is a merge request's number, not ${JSON.stringify(input.mergeRequestIid)}`);
  if (input.targetBranch === "") throw new UserError(USAGE);
  const data = input.kind === "data";
  const jobs = Object.fromEntries(
    environments.map((environment) => [
      `plan ${environment.environment}`,
      {
        stage: "plan",
        environment: { name: `${environment.environment}-${data ? "plan" : "plan-code"}`, action: "prepare" },
        // No resource group: a merge request's plan waits for no deploy and holds none back. A
        // newer push to the merge request cancels it (auto-cancel of redundant pipelines).
        interruptible: true,
        ...(data ? { when: "on_success" } : { when: "manual", allow_failure: false }),
        ...engineJob(environment, data ? DATA_OVERLAY : []),
        script: [...PLAN_STACKS, ...REVIEW],
        artifacts: { expose_as: "review", paths: ["review.md"], reports: { terraform: "plan.json" }, expire_in: "30 days" },
      },
    ]),
  );
  return {
    default: { image: IMAGE },
    variables: {
      ...PIPELINE_VARIABLES,
      GIT_DEPTH: "0",
      // Taken as they are: a branch name may hold a `$`.
      MERGE_REQUEST_TARGET_BRANCH: { value: input.targetBranch, expand: false },
      MERGE_REQUEST_TARGET_SHA: input.targetSha,
      MERGE_REQUEST_HEAD_SHA: input.headSha,
      MERGE_REQUEST_IID: input.mergeRequestIid,
    },
    stages: ["plan"],
    ...(environments.length === 0 ? nothingToDeploy("plan") : jobs),
  };
}

if (require.main === module)
  void reportingUserErrors(() => {
    const { values } = parseArgs({
      options: {
        kind: { type: "string" },
        "target-branch": { type: "string" },
        "target-sha": { type: "string" },
        "head-sha": { type: "string" },
        "merge-request": { type: "string" },
      },
    });
    const { kind, "target-branch": targetBranch, "target-sha": targetSha, "head-sha": headSha, "merge-request": mergeRequestIid } = values;
    if (kind === undefined || targetBranch === undefined || targetSha === undefined || headSha === undefined || mergeRequestIid === undefined) {
      throw new UserError(USAGE);
    }
    const root = process.cwd();
    // Only the stacks the merge request touches since its merge base with the target (every one for code).
    const change = pipelineChange(root, { mergeBase: targetSha, head: headSha });
    const environments = pipelineEnvironments(loadEnvironments(root), pipelineRunnerOf(process.env), { change });
    const pipeline = mergeRequestPlanPipeline({ kind: kind as ChangeKind, targetBranch, targetSha, headSha, mergeRequestIid }, environments);
    process.stdout.write(
      `# Generated by pipelines/gitlab-merge-request-plan.ts in the classify job: a ${kind} merge request's plan.\n${stacksComment(change)}\n${stringify(pipeline, { lineWidth: 0, blockQuote: "literal" })}`,
    );
  });
