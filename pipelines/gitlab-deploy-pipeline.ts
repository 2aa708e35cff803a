/**
 * `npx tsx pipelines/gitlab-deploy-pipeline.ts --for <deploy|drift> [--since <commit>]`: the GitLab
 * child pipeline that deploys the default branch (`deploy`) or checks it for drift (`drift`), as
 * YAML on stdout, with one job (or plan and apply pair) per environment `npm run --silent
 * pipeline-environments` lists: those a hosted runner can reach, each with its engine and its
 * stacks in deploy order. `.gitlab-ci.yml`'s `environments` job writes it; its `deploy` and
 * `drift` jobs run it.
 *
 * A deploy plans and applies only the stacks changed since `--since` (CI_COMMIT_BEFORE_SHA), and
 * leaves out an environment with none; every stack when that commit is missing, all zeros,
 * unknown or not an ancestor (a first or a force push) or the change touches code. A drift check
 * always compares every stack.
 *
 * - deploy: "plan <env>" plans each stack, shows the review (and the Terraform widget's report)
 *   and seals the saved plans (seal-plan: AES-256-GCM, bound to the commit); "apply <env>", a
 *   manual job in the protected environment, unseals them (refusing any not made from this
 *   commit) and applies exactly those. Both hold the resource group "keycloak-deploy-<env>": one
 *   deploy of an environment at a time. The sealed plans are kept 30 days, as long as an apply
 *   may wait to be started; no other environment's failure stops an environment's apply.
 *   A sharded environment deploys in two phases: "plan <env>" and "apply <env>" are its base
 *   stack's; then each shard the change touches has its own "plan <stack>" (which needs "apply
 *   <env>", so it plans against the applied base: a new service's audience scope exists by then)
 *   and manual "apply <stack>", in the same environment and resource group. The base's apply then
 *   blocks the pipeline (`allow_failure: false`) until it is started.
 * - drift: "drift <env>" compares Keycloak with the files and keeps the environment's issue
 *   "Keycloak drift: <env>" (pipelines/drift-issue.ts); no resource group, so it waits for no
 *   deploy's approval.
 */
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { reportingUserErrors } from "../src/cli/run-cli";
import { pipelineChangeOf, type PipelineChange } from "../src/operations/changed-stacks";
import { pipelineEnvironments, pipelineRunnerOf, type PipelineEnvironment } from "../src/operations/pipeline-environments";
import { loadEnvironments } from "../src/operations/stack-workspace";
import { UserError } from "../src/user-error";
import { engineJob, IMAGE, nothingToDeploy, PIPELINE_VARIABLES, PLAN_STACKS, stacksComment } from "./gitlab-jobs";

const USAGE = "usage: npx tsx pipelines/gitlab-deploy-pipeline.ts --for <deploy|drift> [--since <commit>] [--head <commit>]";

export type DeployPipelineKind = "deploy" | "drift";

/** How long a sealed plan waits for its apply: the approval window. */
export const PLAN_RETENTION = "30 days";

/**
 * A plan and apply pair of one phase: for `entry`'s stacks, the plan (sealed, bound to the
 * commit) then the manual apply in the protected environment, both in the environment's resource
 * group. A shard's plan waits for its environment's base apply when that is in this pipeline.
 */
function planAndApply(entry: PipelineEnvironment, phase: "base" | "shards"): [string, unknown][] {
  const name = entry.environment;
  const resourceGroup = `keycloak-deploy-${name}`;
  const shard = phase === "shards";
  // A base's plan and apply are named for their environment; a shard's for its stack.
  const label = shard ? entry.stacks.join(" ") : name;
  return [
    [
      `plan ${label}`,
      {
        stage: shard ? "plan-shards" : "plan",
        ...(shard ? { needs: entry.afterBase ? [`apply ${name}`] : [] } : {}),
        environment: { name, action: "prepare" },
        resource_group: resourceGroup,
        ...engineJob(entry),
        script: [
          ...PLAN_STACKS,
          'npx tsx pipelines/review-comment.ts --environment "$ENVIRONMENT" --terraform-report plan.json reviews/*.json | tee review.md',
          'for stack in $STACKS; do npm run --silent seal-plan -- "$stack" --commit "$CI_COMMIT_SHA" --out "sealed/$stack.sealed"; done | tee -a review.md',
        ],
        // Kept as long as the apply may wait to be started (the approval window): an apply started
        // late still finds the plan that was reviewed.
        artifacts: { expose_as: "review", paths: ["review.md", "sealed/"], reports: { terraform: "plan.json" }, expire_in: PLAN_RETENTION },
      },
    ],
    [
      `apply ${label}`,
      {
        stage: shard ? "apply-shards" : "apply",
        needs: [`plan ${label}`],
        when: "manual",
        environment: { name },
        resource_group: resourceGroup,
        ...engineJob(entry),
        script: [
          "set -o pipefail",
          "npx cdktf synth",
          'for stack in $STACKS; do npm run --silent unseal-plan -- "$stack" --commit "$CI_COMMIT_SHA" --in "sealed/$stack.sealed"; done',
          'for stack in $STACKS; do npm run --silent apply -- "$stack"; done',
        ],
      },
    ],
  ];
}

function driftJob(environment: PipelineEnvironment): [string, unknown] {
  return [
    `drift ${environment.environment}`,
    {
      stage: "drift",
      environment: { name: environment.environment, action: "verify" },
      ...engineJob(environment),
      script: [
        "set -o pipefail",
        "mkdir -p drift",
        // Exit 1 is drift, written as JSON; anything else is a failed check.
        'for stack in $STACKS; do status=0; npm run --silent drift -- "$stack" --json > "drift/$stack.json" || status=$?; [ "$status" -le 1 ] || exit "$status"; done',
        // Each key's usage (expired, expiring soon, dormant, never used), for the issue to list.
        'npm run --silent usage -- "$ENVIRONMENT" --json > usage.json',
        'npx tsx pipelines/drift-issue.ts --environment "$ENVIRONMENT" --usage usage.json drift/*.json',
      ],
    },
  ];
}

/**
 * The child pipeline, as an object for `yaml.stringify`. A deploy's `environments` are its first
 * phase (`pipeline-environments --phase base`) and `shards` its second (`--phase shards`); a drift
 * check's `environments` hold every stack.
 */
export function deployPipeline(
  kind: DeployPipelineKind,
  environments: readonly PipelineEnvironment[],
  shards: readonly PipelineEnvironment[] = [],
): Record<string, unknown> {
  if (kind !== "deploy" && kind !== "drift") throw new UserError(`--for is deploy or drift, not ${JSON.stringify(kind)}`);
  const jobs: [string, unknown][] =
    kind === "deploy"
      ? [...environments.flatMap((entry) => planAndApply(entry, "base")), ...shards.flatMap((entry) => planAndApply(entry, "shards"))]
      : environments.map(driftJob);
  // A base apply that shards wait for blocks the pipeline until it is started, so they do not run without it.
  for (const [name, job] of jobs) {
    const environment = /^apply (.+)$/.exec(name)?.[1];
    if (environment !== undefined && shards.some((shard) => shard.environment === environment && shard.afterBase === true)) {
      (job as Record<string, unknown>).allow_failure = false;
    }
  }
  return {
    default: { image: IMAGE },
    variables: { ...PIPELINE_VARIABLES },
    stages: kind === "deploy" ? ["plan", "apply", "plan-shards", "apply-shards"] : ["drift"],
    ...(jobs.length === 0 ? nothingToDeploy(kind === "deploy" ? "plan" : "drift") : Object.fromEntries(jobs)),
  };
}

if (require.main === module)
  void reportingUserErrors(() => {
    const { values } = parseArgs({ options: { for: { type: "string" }, since: { type: "string" }, head: { type: "string" } } });
    if (values.for === undefined) throw new UserError(USAGE);
    const root = process.cwd();
    // Drift checks every stack, whatever changed.
    const change: PipelineChange = values.for === "drift" ? { every: "a drift check" } : pipelineChangeOf(root, { since: values.since, head: values.head });
    const environments = loadEnvironments(root);
    const runner = pipelineRunnerOf(process.env);
    const pipeline =
      values.for === "deploy"
        ? deployPipeline(
            "deploy",
            pipelineEnvironments(environments, runner, { change, phase: "base" }),
            pipelineEnvironments(environments, runner, { change, phase: "shards" }),
          )
        : deployPipeline(values.for as DeployPipelineKind, pipelineEnvironments(environments, runner, { change }));
    process.stdout.write(
      `# Generated by pipelines/gitlab-deploy-pipeline.ts in the environments job: ${values.for}.\n${stacksComment(change)}\n${stringify(pipeline, { lineWidth: 0, blockQuote: "literal" })}`,
    );
  });
