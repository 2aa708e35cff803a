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
 * Neither job sees PLAN_PASSPHRASE: a merge request's saved plan never leaves its job.
 */
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import type { ChangeKind } from "../src/operations/change-kind";
import { reportingUserErrors } from "../src/cli/run-cli";
import { UserError } from "../src/user-error";

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

/** The engine's tools, installed without running any dependency's install script. */
const INSTALL = [
  "apt-get update -qq && apt-get install -y -qq unzip >/dev/null",
  "npm ci --ignore-scripts",
  'curl -fsSLo /tmp/terraform.zip "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip"',
  "unzip -q /tmp/terraform.zip -d /usr/local/bin",
];

const PLAN_AND_REVIEW = [
  "set -o pipefail",
  'npm run --silent plan -- "$ENVIRONMENT" | tee review.md',
  [
    'if [ -n "${GITLAB_REVIEW_TOKEN:-}" ]; then',
    '  node -e \'process.stdout.write(JSON.stringify({ body: require("fs").readFileSync("review.md", "utf8") }))\' |',
    '    curl -fsS -X POST -H "PRIVATE-TOKEN: $GITLAB_REVIEW_TOKEN" -H "Content-Type: application/json" --data @- \\',
    '      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$MERGE_REQUEST_IID/notes" >/dev/null',
    "fi",
    "",
  ].join("\n"),
];

/** The child pipeline, as an object for `yaml.stringify`. */
export function mergeRequestPlanPipeline(input: MergeRequestPlanInput): Record<string, unknown> {
  if (input.kind !== "data" && input.kind !== "code") throw new UserError(`--kind is data or code, not ${JSON.stringify(input.kind)}`);
  for (const [option, sha] of [["--target-sha", input.targetSha], ["--head-sha", input.headSha]] as const) {
    if (!SHA.test(sha)) throw new UserError(`${option} is a full commit hash, not ${JSON.stringify(sha)}`);
  }
  if (!/^\d+$/.test(input.mergeRequestIid)) throw new UserError(`--merge-request is a merge request's number, not ${JSON.stringify(input.mergeRequestIid)}`);
  if (input.targetBranch === "") throw new UserError(USAGE);
  const data = input.kind === "data";
  return {
    default: { image: "node:20-bookworm" },
    variables: {
      CHECKPOINT_DISABLE: "1",
      KEYCLOAK_PROVIDER_SOURCE: "registry",
      TERRAFORM_BINARY_NAME: "terraform",
      TERRAFORM_VERSION: "1.5.7",
      GIT_DEPTH: "0",
      // Taken as they are: a branch name may hold a `$`.
      MERGE_REQUEST_TARGET_BRANCH: { value: input.targetBranch, expand: false },
      MERGE_REQUEST_TARGET_SHA: input.targetSha,
      MERGE_REQUEST_HEAD_SHA: input.headSha,
      MERGE_REQUEST_IID: input.mergeRequestIid,
    },
    stages: ["plan"],
    plan: {
      stage: "plan",
      parallel: { matrix: [{ ENVIRONMENT: ["sandbox", "production"] }] },
      environment: { name: data ? "$ENVIRONMENT-plan" : "$ENVIRONMENT-plan-code", action: "prepare" },
      resource_group: "keycloak-$ENVIRONMENT",
      ...(data ? { when: "on_success" } : { when: "manual", allow_failure: false }),
      script: [...(data ? DATA_OVERLAY : []), ...INSTALL, ...PLAN_AND_REVIEW],
      artifacts: { expose_as: "review", paths: ["review.md"], expire_in: "1 day" },
    },
  };
}

if (require.main === module) void reportingUserErrors(() => {
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
  const pipeline = mergeRequestPlanPipeline({ kind: kind as ChangeKind, targetBranch, targetSha, headSha, mergeRequestIid });
  process.stdout.write(`# Generated by pipelines/gitlab-merge-request-plan.ts in the classify job: a ${kind} merge request's plan.\n${stringify(pipeline, { lineWidth: 0, blockQuote: "literal" })}`);
});
