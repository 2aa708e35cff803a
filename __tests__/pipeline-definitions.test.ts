/**
 * The ready pipeline definitions call the project's own commands: every `npm run` they use
 * exists, each step of the loop is there, apply waits for an approval, and one deploy runs per
 * environment at a time. (The pipelines themselves run on GitHub and GitLab; the commands they
 * call are what __tests__/integration/pipeline.test.ts runs against a real Keycloak.)
 *
 * GitLab's jobs that run the engine live in child pipelines that a job generates from
 * `pipeline-environments`; they are checked here as the generators write them, for example
 * environments, and the parent's own command lines are run to show they write exactly those.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import packageJson from "../package.json";
import { deployPipeline, PLAN_RETENTION } from "../pipelines/gitlab-deploy-pipeline";
import { AWS_WEB_IDENTITY_TOKEN_FILE } from "../pipelines/gitlab-jobs";
import { DATA_OVERLAY, mergeRequestPlanPipeline } from "../pipelines/gitlab-merge-request-plan";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import type { ChangeKind } from "../src/operations/change-kind";
import { pipelineEnvironments } from "../src/operations/pipeline-environments";
import { customerStackName } from "../src/stacks/customer-shards";
import { UserError } from "../src/user-error";
import { PROJECT_ROOT } from "../testkit/temp-project";

type Yaml = Record<string, unknown>;

function load(file: string): Yaml {
  return parse(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8")) as Yaml;
}

/** Every `npm run <script>` in a parsed pipeline, by script name. */
function npmScripts(pipeline: unknown): string[] {
  const text = JSON.stringify(pipeline);
  return [...new Set([...text.matchAll(/npm run (?:--silent )?([a-z:-]+)/g)].map((match) => match[1]!))].sort();
}

const github = load(".github/workflows/keycloak-api-keys.yml");
const githubText = fs.readFileSync(path.join(PROJECT_ROOT, ".github/workflows/keycloak-api-keys.yml"), "utf8");
const gitlab = load(".gitlab-ci.yml");

/** Example environments: one the pipelines cannot reach, one plain, one sharded with an encrypted state. */
const S3 = { backend: "s3", bucket: "atlas-terraform-state", region: "eu-central-1" } as const;
const EXAMPLE: Record<string, EnvironmentDefinition> = {
  sandbox: { keycloakUrl: "http://127.0.0.1:8080", realm: { name: "atlas", create: true }, state: { backend: "local", path: "state/sandbox.tfstate" } },
  production: { keycloakUrl: "https://sso.atlas.example", realm: { name: "atlas", create: false }, state: { ...S3, key: "production.tfstate" } },
  eu: {
    keycloakUrl: "https://sso.eu.atlas.example",
    realm: { name: "atlas", create: false },
    state: { ...S3, key: "eu.tfstate", encryption: { passphraseVariable: "state_passphrase" } },
    customerShards: 2,
  },
};
const ENVIRONMENTS = pipelineEnvironments(EXAMPLE);
const SHAS = { targetSha: "a".repeat(40), headSha: "b".repeat(40) };
const mergeRequestChild = (kind: ChangeKind) => mergeRequestPlanPipeline({ kind, targetBranch: "main", ...SHAS, mergeRequestIid: "7" }, ENVIRONMENTS) as Yaml;
/** A deploy's two phases: each one-stack environment and each sharded one's base, then one entry per shard. */
const BASE_PHASE = pipelineEnvironments(EXAMPLE, "hosted", { phase: "base" });
const SHARD_PHASE = pipelineEnvironments(EXAMPLE, "hosted", { phase: "shards" });
const deployChild = deployPipeline("deploy", BASE_PHASE, SHARD_PHASE) as Yaml;
const driftChild = deployPipeline("drift", ENVIRONMENTS) as Yaml;
/** GitLab as it runs: the parent and every child pipeline it can generate. */
const gitlabWhole = [gitlab, mergeRequestChild("data"), mergeRequestChild("code"), deployChild, driftChild];

describe.each([
  ["GitHub Actions", github],
  ["GitLab CI", gitlabWhole],
])("the %s pipeline", (_name, pipeline) => {
  test("calls only npm scripts the project has, and every step of the loop", () => {
    const used = npmScripts(pipeline);
    expect(used.filter((script) => !(script in packageJson.scripts))).toEqual([]);
    expect(used).toEqual(expect.arrayContaining(["apply", "drift", "pipeline-environments", "plan", "seal-plan", "test:fast", "unseal-plan"]));
  });

  test("writes no secret into the pipeline: credentials come from CI secrets or variables", () => {
    const text = JSON.stringify(pipeline);
    expect(text).not.toMatch(/KEYCLOAK_CLIENT_SECRET"?:\s*"[^$]/);
    expect(text).not.toMatch(/PLAN_PASSPHRASE"?:\s*"[^$]/);
    expect(text).not.toMatch(/STATE_PASSPHRASE"?:\s*"[^$]/);
  });

  test("names no environment: the environments come from pipeline-environments", () => {
    expect(JSON.stringify(pipeline === github ? github : gitlab)).not.toMatch(/sandbox|production/);
  });

  test("seals the saved plan with seal-plan, never openssl", () => {
    expect(JSON.stringify(pipeline)).not.toMatch(/openssl/);
  });

  test("references no long-lived AWS key: the state's role comes through OIDC", () => {
    const text = JSON.stringify(pipeline);
    expect(text).not.toMatch(/secrets\.AWS_|aws-access-key-id"?:|aws-secret-access-key"?:/);
    // The only AWS keys are the short-lived ones the role's session hands to the engine's step.
    const keys = [...text.matchAll(/"(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)":"([^"]*)"/g)].map((match) => match[2]);
    expect(keys.filter((value) => !/^\$\{\{ steps\.aws\.outputs\.aws-[a-z-]+ \}\}$/.test(value!))).toEqual([]);
  });
});

/*
 * A pull request is a trust boundary: credentials reach only the steps that run the engine, no
 * dependency's install script runs, a pull request never sees PLAN_PASSPHRASE, and a pull
 * request's own code reaches a credential only after a maintainer's approval.
 */

/** Evaluates a CI condition whose only variables are those of `context` (GitHub `a == 'b' && 'x' || 'y'`, GitLab `$A == "b"`). */
function evaluate(expression: string, context: Record<string, string | null>): unknown {
  let js = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, "");
  for (const [name, value] of Object.entries(context)) js = js.split(name).join(JSON.stringify(value));
  // What is left may only be literals and operators: anything else is a variable the test does not know.
  expect(js.replace(/"(?:[^"\\]|\\.)*"|'[^']*'|null|true|false/g, "")).toMatch(/^[\s!=&|()]*$/);
  return new Function(`return (${js});`)();
}

/** Every secret the tests follow. */
const SECRET = /KEYCLOAK_CLIENT_SECRET|KEYCLOAK_CLIENT_ID|PLAN_PASSPHRASE|STATE_PASSPHRASE/;
/** A step or job that runs the engine: plan, apply, drift, or hand over a key. */
const ENGINE = /npm run --silent (?:plan|apply|drift|key) /;
/** A step that only seals or unseals the saved plans with PLAN_PASSPHRASE, bound to the commit. */
const SAVED_PLAN_CRYPTO =
  /^for stack in \$STACKS; do npm run --silent (?:seal-plan -- "\$stack" --commit "\$(?:GITHUB_SHA|CI_COMMIT_SHA)" --out|unseal-plan -- "\$stack" --commit "\$(?:GITHUB_SHA|CI_COMMIT_SHA)" --in) "sealed\/\$stack\.sealed"; done(?: \| tee -a \S+)?$/;

/** The actions the workflow uses, each pinned to the commit of the tag in its comment. */
const PINNED = {
  checkout: "actions/checkout@11d5960a326750d5838078e36cf38b85af677262",
  setupNode: "actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020",
  upload: "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02",
  download: "actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093",
  aws: "aws-actions/configure-aws-credentials@7474bc4690e29a8392af63c5b98e7449536d5c3a",
};

describe("the GitHub Actions pipeline", () => {
  type Step = Yaml & { run?: string; uses?: string; if?: string; env?: Yaml; with?: Yaml; name?: string; id?: string };
  type Job = Yaml & { steps: Step[]; strategy?: Yaml & { matrix?: Yaml }; env?: Yaml; permissions?: Yaml; concurrency?: Yaml };
  const jobs = github.jobs as Record<string, Job>;
  const allSteps = Object.entries(jobs).flatMap(([job, definition]) => definition.steps.map((step) => ({ job, step })));
  /** What the jobs before had done: on a push, both phases have something, and some plans failed. */
  const PUSH_CONTEXT = {
    "needs.environments.outputs.environments": '[{"environment":"production"}]',
    "needs.environments.outputs.base": '[{"environment":"production"}]',
    "needs.environments.outputs.shards": '[{"environment":"eu"}]',
    "needs.environments.result": "success",
    "needs.test.result": "success",
    "needs.plan.result": "failure",
    "needs.apply.result": "failure",
    "needs.plan-shards.result": "failure",
  };
  /** Whether a job's condition holds on `event`, in `context` (default: a push whose plans ran, some failed). */
  const condition = (job: string, event: string, context: Record<string, string> = {}) =>
    jobs[job]!.if === undefined ||
    evaluate((jobs[job]!.if as string).replace("!cancelled()", "true"), { "github.event_name": event, ...PUSH_CONTEXT, ...context }) === true;
  const runsOn = (job: string, event: string) => condition(job, event);
  const pullRequestJobs = Object.keys(jobs).filter((job) => runsOn(job, "pull_request") || runsOn(job, "pull_request_target"));
  const engineJobs = Object.keys(jobs).filter((job) => jobs[job]!.steps.some((step) => ENGINE.test(step.run ?? "")));

  test("finds the jobs that run the engine", () => {
    expect(engineJobs).toEqual(["plan-pull-request", "plan", "apply", "plan-shards", "apply-shards", "drift"]);
  });

  describe("deploys the environments pipeline-environments lists", () => {
    test("a job runs the command and outputs its JSON", () => {
      const job = jobs.environments!;
      expect(job.outputs).toEqual({
        environments: "${{ steps.environments.outputs.environments }}",
        base: "${{ steps.environments.outputs.base }}",
        shards: "${{ steps.environments.outputs.shards }}",
      });
      const step = job.steps.find((candidate) => candidate.id === "environments")!;
      expect(step.run).toContain("$(npm run --silent pipeline-environments");
      expect(step.run).toContain('>> "$GITHUB_OUTPUT"');
      expect(JSON.stringify(job)).not.toMatch(/secrets\./);
      expect(["push", "pull_request_target", "schedule", "workflow_dispatch"].every((event) => runsOn("environments", event))).toBe(true);
    });

    test.each([
      ["plan-pull-request", "environments"],
      ["plan", "base"],
      ["apply", "base"],
      ["plan-shards", "shards"],
      ["apply-shards", "shards"],
      ["drift", "environments"],
    ])("%s: its matrix is the %s JSON, and it is skipped when the list is empty", (name, output) => {
      const job = jobs[name]!;
      expect(job.strategy!.matrix).toEqual({ include: `\${{ fromJSON(needs.environments.outputs.${output}) }}` });
      expect([job.needs].flat()).toContain("environments");
      if (name.startsWith("apply")) expect(job.if).toContain(name === "apply" ? "needs.plan.result" : "needs.plan-shards.result");
      else expect(job.if).toContain(`needs.environments.outputs.${output} != '[]'`);
    });

    test("each job runs the environment's engine, installed checksum-checked before the engine's step, over its stacks in deploy order", () => {
      for (const name of engineJobs) {
        const job = jobs[name]!;
        expect(job.env).toEqual({ TERRAFORM_BINARY_NAME: "${{ matrix.engine }}", STACKS: "${{ join(matrix.stacks, ' ') }}" });
        const install = job.steps.findIndex((step) => step.run?.includes("pipelines/install-engine.sh"));
        expect(job.steps[install]).toMatchObject({
          env: { TERRAFORM_SHA256: "${{ vars.TERRAFORM_SHA256 }}", OPENTOFU_SHA256: "${{ vars.OPENTOFU_SHA256 }}" },
          run: 'pipelines/install-engine.sh "$TERRAFORM_BINARY_NAME" "$RUNNER_TEMP/engine"\necho "$RUNNER_TEMP/engine" >> "$GITHUB_PATH"\n',
        });
        const engine = job.steps.findIndex((step) => ENGINE.test(step.run ?? ""));
        expect(install).toBeLessThan(engine);
        expect(job.steps[engine]!.run).toMatch(/for stack in \$STACKS; do\s+(?:status=0\s+)?npm run --silent (?:plan|apply|drift) -- "\$stack"/);
      }
      expect(githubText).not.toMatch(/setup-terraform|terraform_version/);
    });

    test("the engine and stacks per environment: tofu and base first for the sharded one with an encrypted state", () => {
      // What `${{ matrix.engine }}` and `${{ join(matrix.stacks, ' ') }}` become for each matrix leg.
      const legs = ENVIRONMENTS.map((leg) => ({ environment: leg.environment, TERRAFORM_BINARY_NAME: leg.engine, STACKS: leg.stacks.join(" ") }));
      expect(legs).toEqual([
        { environment: "production", TERRAFORM_BINARY_NAME: "terraform", STACKS: "production" },
        { environment: "eu", TERRAFORM_BINARY_NAME: "tofu", STACKS: "eu-base eu-customers-0 eu-customers-1" },
      ]);
    });
  });

  describe("plans and applies only the stacks a change touches; drift checks every stack", () => {
    const step = jobs.environments!.steps.find((candidate) => candidate.id === "environments")!;
    /** What the step asks pipeline-environments on `event`: its script run with a stand-in npm that prints its arguments. */
    function askedOn(event: string): Record<string, string[]> {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "environments-step-"));
      try {
        fs.writeFileSync(path.join(dir, "npm"), "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" | jq -Rsc 'split(\"\\n\")[:-1]'\n", { mode: 0o755 });
        fs.writeFileSync(path.join(dir, "git"), "#!/usr/bin/env bash\n", { mode: 0o755 });
        const context: Record<string, string> = {
          "github.event_name": event,
          "github.event.before": "b".repeat(40),
          "github.sha": "a".repeat(40),
          "github.event.pull_request.head.sha": event === "pull_request_target" ? "c".repeat(40) : "",
        };
        const env = Object.fromEntries(Object.entries(step.env!).map(([name, value]) => [name, context[String(value).replace(/^\$\{\{ | \}\}$/g, "")]!]));
        const result = spawnSync("bash", ["-eo", "pipefail", "-c", step.run!], {
          env: { PATH: `${dir}:${process.env.PATH}`, GITHUB_OUTPUT: path.join(dir, "output"), GITHUB_STEP_SUMMARY: path.join(dir, "summary"), ...env },
          // stdin not a socket: bash would then read ~/.bashrc, as for a remote shell.
          stdio: ["ignore", "pipe", "pipe"],
          encoding: "utf8",
        });
        expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
        // Each output is what the stand-in npm printed: the arguments of its call.
        const output = fs.readFileSync(path.join(dir, "output"), "utf8").trim().split("\n");
        return Object.fromEntries(output.map((line) => /^([a-z]+)=(.*)$/.exec(line)!).map(([, name, value]) => [name!, JSON.parse(value!) as string[]]));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }

    test("a push: the stacks changed since the branch's previous commit (github.event.before)", () => {
      expect(step.env).toMatchObject({ EVENT: "${{ github.event_name }}", BEFORE: "${{ github.event.before }}" });
      const since = ["run", "--silent", "pipeline-environments", "--", "--since", "b".repeat(40), "--phase"];
      expect(askedOn("push")).toEqual({ environments: [...since, "all"], base: [...since, "base"], shards: [...since, "shards"] });
    });

    test("a pull request: the stacks changed since its merge base with the base branch, its head fetched", () => {
      expect(step.env).toMatchObject({ BASE_SHA: "${{ github.sha }}", HEAD_SHA: "${{ github.event.pull_request.head.sha }}" });
      const mergeBase = ["run", "--silent", "pipeline-environments", "--", "--merge-base", "a".repeat(40), "--head", "c".repeat(40), "--phase"];
      expect(askedOn("pull_request_target")).toMatchObject({ environments: [...mergeBase, "all"] });
      expect(jobs["plan-pull-request"]!.strategy!.matrix).toEqual({ include: "${{ fromJSON(needs.environments.outputs.environments) }}" });
      expect(step.run).toContain('git fetch --no-tags origin "$HEAD_SHA"');
    });

    test.each(["schedule", "workflow_dispatch"])("%s (drift): every stack, whatever changed", (event) => {
      expect(askedOn(event)).toMatchObject({ environments: ["run", "--silent", "pipeline-environments", "--", "--phase", "all"] });
      expect(jobs.drift!.strategy!.matrix).toEqual({ include: "${{ fromJSON(needs.environments.outputs.environments) }}" });
    });

    test.each([
      ["plan", "apply"],
      ["plan-shards", "apply-shards"],
    ])("%s's apply (%s) applies exactly the stacks it planned and sealed: the same list, the same loop", (planName, applyName) => {
      expect(jobs[applyName]!.strategy!.matrix).toEqual(jobs[planName]!.strategy!.matrix);
      expect(jobs[applyName]!.env!.STACKS).toBe(jobs[planName]!.env!.STACKS);
      const seal = jobs[planName]!.steps.find((candidate) => /seal-plan/.test(candidate.run ?? ""))!.run!;
      const unseal = jobs[applyName]!.steps.find((candidate) => /unseal-plan/.test(candidate.run ?? ""))!.run!;
      const apply = jobs[applyName]!.steps.find((candidate) => /npm run --silent apply/.test(candidate.run ?? ""))!.run!;
      for (const script of [seal, unseal, apply]) expect(script).toMatch(/for stack in \$STACKS; do/);
      const upload = jobs[planName]!.steps.find((candidate) => candidate.uses === PINNED.upload)!.with!.name;
      const download = jobs[applyName]!.steps.find((candidate) => candidate.uses === PINNED.download)!.with!.name;
      expect(download).toBe(upload);
    });
  });

  describe("deploys a sharded environment in two phases: its base, then its shards", () => {
    test("the first phase is each one-stack environment and each sharded one's base; the second one leg per shard", () => {
      expect(BASE_PHASE.map(({ environment, stacks }) => `${environment}: ${stacks.join(" ")}`)).toEqual(["production: production", "eu: eu-base"]);
      expect(SHARD_PHASE.map(({ environment, stacks, afterBase }) => `${environment}: ${stacks.join(" ")} after base: ${afterBase}`)).toEqual([
        "eu: eu-customers-0 after base: true",
        "eu: eu-customers-1 after base: true",
      ]);
    });

    test("the shards' plans wait for every base apply, and only a cancelled run stops them", () => {
      expect(jobs["plan-shards"]!.needs).toEqual(["test", "environments", "apply"]);
      expect(condition("plan-shards", "push", { "needs.apply.result": "success" })).toBe(true);
      // No first phase (only shards changed), or one environment's base failed: the others' shards go on.
      expect(condition("plan-shards", "push", { "needs.apply.result": "skipped" })).toBe(true);
      expect(condition("plan-shards", "push", { "needs.apply.result": "failure" })).toBe(true);
      expect(condition("plan-shards", "push", { "needs.apply.result": "cancelled" })).toBe(false);
      expect(condition("plan-shards", "push", { "needs.test.result": "failure" })).toBe(false);
      expect(condition("plan-shards", "push", { "needs.environments.outputs.shards": "[]" })).toBe(false);
      expect(["pull_request", "pull_request_target", "schedule", "workflow_dispatch"].some((event) => condition("plan-shards", event))).toBe(false);
      expect(jobs["apply-shards"]).toMatchObject({ needs: ["plan-shards", "environments"], environment: "${{ matrix.environment }}" });
    });

    test("a shard's leg needs its own environment's base applied, when that base was in the run: the apply's mark, fetched before the engine runs", () => {
      const applySteps = jobs.apply!.steps;
      const applyStep = applySteps.findIndex((step) => /npm run --silent apply/.test(step.run ?? ""));
      const mark = applySteps.findIndex((step) => step.uses === PINNED.upload);
      expect(applyStep).toBeLessThan(mark);
      expect(applySteps[mark]!.with).toMatchObject({ name: "applied-${{ matrix.environment }}", "if-no-files-found": "error" });
      const steps = jobs["plan-shards"]!.steps;
      const fetchMark = steps.findIndex((step) => step.uses === PINNED.download);
      expect(steps[fetchMark]).toMatchObject({ if: "matrix.afterBase", with: { name: "applied-${{ matrix.environment }}" } });
      expect(fetchMark).toBeLessThan(steps.findIndex((step) => ENGINE.test(step.run ?? "")));
    });
  });

  describe("concurrency", () => {
    test("a pull request's plan is in its own group per environment and pull request, cancelled only by a newer push to it", () => {
      expect(jobs["plan-pull-request"]!.concurrency).toEqual({
        group: "keycloak-plan-pr-${{ matrix.environment }}-${{ github.event.pull_request.number }}",
        "cancel-in-progress": true,
      });
    });

    test("the merge's plan and apply share the environment's deploy group and are never cancelled", () => {
      const deploy = { group: "keycloak-deploy-${{ matrix.environment }}", "cancel-in-progress": false };
      expect(jobs.plan!.concurrency).toEqual(deploy);
      expect(jobs.apply!.concurrency).toEqual(deploy);
    });

    test("a shard's plan and apply share the shard's group, one per matrix leg, never cancelled", () => {
      // Legs in one group would cancel each other's pending run (GitHub keeps one pending per group).
      const shard = { group: "keycloak-deploy-${{ join(matrix.stacks, '-') }}", "cancel-in-progress": false };
      expect(jobs["plan-shards"]!.concurrency).toEqual(shard);
      expect(jobs["apply-shards"]!.concurrency).toEqual(shard);
      // Every shard leg is one stack, so the group is the stack's name: distinct per leg.
      expect(SHARD_PHASE.map(({ stacks }) => stacks.length)).toEqual([1, 1]);
      expect(new Set(SHARD_PHASE.map(({ stacks }) => stacks.join("-"))).size).toBe(SHARD_PHASE.length);
    });

    test("drift has a group of its own", () => {
      expect(jobs.drift!.concurrency).toEqual({ group: "keycloak-drift-${{ matrix.environment }}", "cancel-in-progress": false });
    });

    test("no environment's failure cancels or holds back another's apply", () => {
      expect(jobs.apply!.strategy).toMatchObject({ "fail-fast": false });
      expect(githubText).not.toMatch(/max-parallel/);
      expect(engineJobs.map((name) => jobs[name]!.strategy!["fail-fast"])).toEqual(engineJobs.map(() => false));
      // A plan that failed in one environment leaves the others' applies to run.
      expect(runsOn("apply", "push")).toBe(true);
      expect(evaluate((jobs.apply!.if as string).replace("!cancelled()", "true"), { "github.event_name": "push", "needs.plan.result": "skipped" })).toBe(false);
    });
  });

  test("apply runs on merge only, after the plan, behind the environment's approval", () => {
    expect(jobs.apply).toMatchObject({ needs: ["plan", "environments"], environment: "${{ matrix.environment }}" });
    expect(["pull_request", "pull_request_target", "schedule"].some((event) => runsOn("apply", event))).toBe(false);
    expect(jobs.drift!.if).toContain("schedule");
  });

  test("keeps the sealed plans 30 days, the approval window, and the apply takes its own environment's", () => {
    const upload = jobs.plan!.steps.find((step) => step.uses?.startsWith("actions/upload-artifact"))!;
    expect(upload.with).toEqual({ name: "plan-${{ matrix.environment }}", path: "sealed/", "retention-days": 30, "if-no-files-found": "error" });
    const download = jobs.apply!.steps.find((step) => step.uses?.startsWith("actions/download-artifact"))!;
    expect(download.with).toEqual({ name: "plan-${{ matrix.environment }}", path: "sealed" });
  });

  describe("the state's AWS role, through OIDC", () => {
    test("only the jobs that run the engine may ask for an OIDC token", () => {
      const withToken = Object.keys(jobs).filter((name) => jobs[name]!.permissions?.["id-token"] !== undefined);
      expect(withToken).toEqual(engineJobs);
      expect(withToken.map((name) => jobs[name]!.permissions!["id-token"])).toEqual(engineJobs.map(() => "write"));
      expect((github.permissions as Yaml)["id-token"]).toBeUndefined();
    });

    test("each assumes AWS_ROLE_ARN before its engine step, and the credentials go to that step only", () => {
      for (const name of engineJobs) {
        const { steps } = jobs[name]!;
        const aws = steps.findIndex((step) => step.uses?.startsWith("aws-actions/configure-aws-credentials"));
        expect(steps[aws]).toMatchObject({
          id: "aws",
          with: {
            "role-to-assume": "${{ vars.AWS_ROLE_ARN }}",
            "aws-region": "${{ vars.AWS_REGION }}",
            "output-credentials": true,
            "output-env-credentials": false,
          },
        });
        expect(aws).toBeLessThan(steps.findIndex((step) => ENGINE.test(step.run ?? "")));
      }
      const withAwsCredentials = allSteps.filter(({ step }) => /steps\.aws\.outputs/.test(JSON.stringify(step)));
      expect(withAwsCredentials.filter(({ step }) => !ENGINE.test(step.run ?? ""))).toEqual([]);
      expect(withAwsCredentials).toHaveLength(engineJobs.length);
    });
  });

  test("pins every action to a commit, with the tag it was in a comment", () => {
    const uses = [...githubText.matchAll(/uses: (\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter(([, action, comment]) => !/@[0-9a-f]{40}$/.test(action!) || !/^ # v\d+\.\d+\.\d+$/.test(comment!))).toEqual([]);
    expect(new Set(uses.map(([, action]) => action))).toEqual(new Set(Object.values(PINNED)));
  });

  test("sets up Node 22, the current LTS, everywhere", () => {
    const setups = allSteps.filter(({ step }) => step.uses === PINNED.setupNode);
    expect(setups.length).toBe(Object.keys(jobs).length);
    expect(setups.filter(({ step }) => step.with?.["node-version"] !== 22)).toEqual([]);
  });

  test("sets no secret for the whole workflow or a whole job, only on steps", () => {
    const { jobs: _jobs, ...workflow } = github;
    const jobLevel = Object.entries(jobs).map(([job, { steps: _steps, ...definition }]) => ({ job, definition }));
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\.|KEYCLOAK_CLIENT|PLAN_PASSPHRASE|STATE_PASSPHRASE/);
    expect(jobLevel.filter(({ definition }) => /secrets\.|KEYCLOAK_CLIENT|PLAN_PASSPHRASE|STATE_PASSPHRASE/.test(JSON.stringify(definition)))).toEqual([]);
  });

  test("passes the Keycloak credentials and the state's passphrase only to the steps that run the engine, and to each of them", () => {
    for (const secret of [/KEYCLOAK_CLIENT/, /STATE_PASSPHRASE/]) {
      const withSecret = allSteps.filter(({ step }) => secret.test(JSON.stringify(step)));
      expect(withSecret.filter(({ step }) => !ENGINE.test(step.run ?? ""))).toEqual([]);
      expect(withSecret.map(({ job, step }) => `${job}: ${/npm run --silent \w+/.exec(step.run!)![0]}`)).toEqual([
        "plan-pull-request: npm run --silent plan",
        "plan: npm run --silent plan",
        "apply: npm run --silent apply",
        "plan-shards: npm run --silent plan",
        "apply-shards: npm run --silent apply",
        "drift: npm run --silent drift",
      ]);
    }
    expect(allSteps.filter(({ step }) => ENGINE.test(step.run ?? "") && !/KEYCLOAK_CLIENT_SECRET/.test(JSON.stringify(step.env)))).toEqual([]);
  });

  test("passes PLAN_PASSPHRASE only to the merge's plan step that seals the saved plans and the apply's step that unseals them", () => {
    const withPassphrase = allSteps.filter(({ step }) => /PLAN_PASSPHRASE/.test(JSON.stringify(step)));
    expect(withPassphrase.map(({ job, step }) => ({ job, run: step.run, env: Object.keys(step.env ?? {}) }))).toEqual([
      { job: "plan", run: expect.stringMatching(SAVED_PLAN_CRYPTO), env: ["PLAN_PASSPHRASE"] },
      { job: "apply", run: expect.stringMatching(SAVED_PLAN_CRYPTO), env: ["PLAN_PASSPHRASE"] },
      { job: "plan-shards", run: expect.stringMatching(SAVED_PLAN_CRYPTO), env: ["PLAN_PASSPHRASE"] },
      { job: "apply-shards", run: expect.stringMatching(SAVED_PLAN_CRYPTO), env: ["PLAN_PASSPHRASE"] },
    ]);
    expect(withPassphrase.map(({ step }) => /seal-plan|unseal-plan/.exec(step.run!)![0])).toEqual(["seal-plan", "unseal-plan", "seal-plan", "unseal-plan"]);
    expect(runsOn("plan", "push") && !runsOn("plan", "pull_request") && !runsOn("plan", "pull_request_target")).toBe(true);
  });

  test("gives no pull-request job PLAN_PASSPHRASE, and the job that runs the pull request's code on pull_request no secret", () => {
    expect(pullRequestJobs).toEqual(["test", "environments", "classify", "plan-pull-request"]);
    expect(pullRequestJobs.filter((job) => /PLAN_PASSPHRASE/.test(JSON.stringify(jobs[job])))).toEqual([]);
    expect(runsOn("test", "pull_request_target")).toBe(false);
    expect(runsOn("environments", "pull_request")).toBe(false);
    expect(JSON.stringify(jobs.test)).not.toMatch(/secrets\./);
    expect(jobs.test!.permissions).toEqual({ contents: "read" });
    expect(JSON.stringify(jobs.classify)).not.toMatch(/secrets\./);
  });

  test("classifies a pull request with the base branch's code, on pull_request_target", () => {
    expect(github.on).toHaveProperty("pull_request_target");
    expect(pullRequestJobs.filter((job) => runsOn(job, "pull_request_target"))).toEqual(["environments", "classify", "plan-pull-request"]);
    const { steps } = jobs.classify!;
    // Checked out without a ref: on pull_request_target, the base branch.
    expect(steps.filter((step) => step.uses?.startsWith("actions/checkout"))).toEqual([{ uses: PINNED.checkout, with: { "fetch-depth": 0 } }]);
    // The whole history, to compare with the branch's previous commit or the pull request's merge base.
    expect(jobs.environments!.steps.filter((step) => step.uses?.startsWith("actions/checkout"))).toEqual([
      { uses: PINNED.checkout, with: { "fetch-depth": 0 } },
    ]);
    expect(steps.map((step) => step.run ?? "").join("\n")).toMatch(/npm run --silent change-kind -- --base "\$BASE_SHA" --head "\$HEAD_SHA"/);
    expect(jobs.classify!.outputs).toEqual({ kind: "${{ steps.kind.outputs.kind }}" });
    expect(jobs["plan-pull-request"]!.needs).toEqual(["classify", "environments"]);
  });

  test("comments a pull request's review through review-comment.ts: one comment per environment, found by its marker and updated in place", () => {
    const steps = jobs["plan-pull-request"]!.steps.filter((step) => step.run?.includes("review-comment.ts"));
    expect(steps).toEqual([
      {
        name: "Comment the review on the pull request, one comment per environment, updated in place",
        env: { GH_TOKEN: "${{ github.token }}", PULL_REQUEST: "${{ github.event.pull_request.number }}", ENVIRONMENT: "${{ matrix.environment }}" },
        run: 'npx tsx pipelines/review-comment.ts --environment "$ENVIRONMENT" --post --usage usage.json reviews/*.json >> "$GITHUB_STEP_SUMMARY"',
      },
    ]);
    expect(githubText).not.toMatch(/gh pr comment|--edit-last/);
    expect(jobs["plan-pull-request"]!.permissions).toMatchObject({ "pull-requests": "write" });
    // The expiring keys it lists come from the plan's step, the one with the Keycloak credentials.
    const planStep = jobs["plan-pull-request"]!.steps.find((step) => /npm run --silent plan -- /.test(step.run ?? ""))!;
    expect(planStep.run).toMatch(/\n\s*npm run --silent usage -- "\$ENVIRONMENT" --json > usage\.json \|\| \{/);
  });

  test("keeps one drift issue per environment through drift-issue.ts, with the job's token and no credential, listing the keys to act on", () => {
    const step = jobs.drift!.steps.at(-1)!;
    expect(step).toMatchObject({
      env: { GH_TOKEN: "${{ github.token }}", ENVIRONMENT: "${{ matrix.environment }}" },
      run: 'npx tsx pipelines/drift-issue.ts --environment "$ENVIRONMENT" --usage usage.json drift/*.json | tee -a "$GITHUB_STEP_SUMMARY"',
    });
    // The usage report comes from the step before, the one with the Keycloak credentials.
    expect(jobs.drift!.steps.at(-2)!.run).toMatch(/\n\s*npm run --silent usage -- "\$ENVIRONMENT" --json > usage\.json\s*$/);
    expect(jobs.drift!.permissions).toEqual({ contents: "read", issues: "write", "id-token": "write" });
  });

  /** The steps of the pull request's plan that run for a decision `kind`, and the job's environment. */
  function pullRequestPlan(kind: string) {
    const job = jobs["plan-pull-request"]!;
    const context = { "needs.classify.outputs.kind": kind, "matrix.environment": "sandbox" };
    const environment = (job.environment as string).replace(/\$\{\{.*?\}\}/g, (expression) => String(evaluate(expression, context)));
    return { environment, steps: job.steps.filter((step) => step.if === undefined || evaluate(step.if, context) === true) };
  }
  const checkouts = (steps: Step[]) => steps.filter((step) => step.uses?.startsWith("actions/checkout"));
  const HEAD = "${{ github.event.pull_request.head.sha }}";

  test("plans a data-only pull request with the base branch's code in <env>-plan, taking only clients/, scopes/ and the inventory from its head", () => {
    const { environment, steps } = pullRequestPlan("data");
    expect(environment).toBe("sandbox-plan");
    expect(checkouts(steps)).toEqual([
      { name: "Check out the base branch, whose code runs", if: "needs.classify.outputs.kind == 'data'", uses: PINNED.checkout, with: { "fetch-depth": 0 } },
    ]);
    const fromHead = steps.filter((step) => JSON.stringify(step).includes("pull_request.head"));
    expect(fromHead).toHaveLength(1);
    expect(fromHead[0]!.env).toEqual({ HEAD_SHA: HEAD });
    // What the script takes, and only that, is __tests__/take-pull-request-data.test.ts's to show.
    expect(fromHead[0]!.run!.trim().split("\n")).toEqual(['git fetch --no-tags origin "$HEAD_SHA"', 'pipelines/take-pull-request-data.sh "$HEAD_SHA"']);
    // The data is in place before anything is installed or run.
    expect(steps.indexOf(fromHead[0]!)).toBeLessThan(steps.findIndex((step) => step.run?.startsWith("npm ")));
  });

  test.each(["code", ""])("plans a pull request whose decision is %j with its own code only in <env>-plan-code, behind its reviewers", (kind) => {
    const { environment, steps } = pullRequestPlan(kind);
    expect(environment).toBe("sandbox-plan-code");
    expect(checkouts(steps)).toEqual([
      {
        name: "Check out the pull request's code, approved by a maintainer",
        if: "needs.classify.outputs.kind != 'data'",
        uses: PINNED.checkout,
        with: { ref: HEAD, "persist-credentials": false },
      },
    ]);
    expect(steps.filter((step) => /git (?:fetch|checkout)/.test(step.run ?? ""))).toEqual([]);
  });
});

describe("the GitLab CI pipeline", () => {
  type Job = Yaml & {
    script?: string[];
    before_script?: string[];
    rules?: { if: string; variables?: Yaml }[];
    environment?: { name: string; action?: string };
    extends?: string[];
    variables?: Record<string, string>;
  };
  const jobsOf = (pipeline: Yaml) =>
    Object.fromEntries(
      Object.entries(pipeline).filter(
        ([name, value]) => !name.startsWith(".") && typeof value === "object" && value !== null && ("script" in value || "trigger" in value),
      ),
    ) as Record<string, Job>;
  const jobs = jobsOf(gitlab);
  const commands = (job: Job) => [...(job.before_script ?? []), ...(job.script ?? [])].join("\n");
  const runsOnMergeRequest = (job: Job) =>
    (job.rules ?? []).some(
      (rule) => evaluate(rule.if, { $CI_PIPELINE_SOURCE: "merge_request_event", $CI_COMMIT_BRANCH: null, $CI_DEFAULT_BRANCH: "main" }) === true,
    );
  const mergeRequestJobs = Object.keys(jobs).filter((name) => runsOnMergeRequest(jobs[name]!));
  const children = {
    "merge request (data)": mergeRequestChild("data"),
    "merge request (code)": mergeRequestChild("code"),
    deploy: deployChild,
    drift: driftChild,
  };
  const childJobs = Object.entries(children).flatMap(([child, pipeline]) => Object.entries(jobsOf(pipeline)).map(([name, job]) => ({ child, name, job })));

  test("runs no engine, and gives no job an environment, in the parent pipeline: every such job is generated", () => {
    expect(Object.keys(jobs)).toEqual(["test", "classify", "plan-merge-request", "environments", "deploy", "drift"]);
    expect(
      Object.keys(jobs).filter(
        (name) => ENGINE.test(commands(jobs[name]!)) || jobs[name]!.environment !== undefined || SECRET.test(JSON.stringify(jobs[name])),
      ),
    ).toEqual([]);
    expect(JSON.stringify(gitlab.variables)).not.toMatch(SECRET);
  });

  test("generates the deploy or drift pipeline from pipeline-environments, and runs it on merge or on schedule", () => {
    expect(jobs.environments!.rules).toEqual([
      { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "push"', variables: { PIPELINE_FOR: "deploy" } },
      { if: '$CI_PIPELINE_SOURCE == "schedule"', variables: { PIPELINE_FOR: "drift" } },
    ]);
    const include = { include: [{ artifact: "deploy-pipeline.yml", job: "environments" }], strategy: "depend" };
    expect(jobs.deploy).toMatchObject({
      needs: ["test", "environments"],
      trigger: include,
      rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "push"' }],
    });
    expect(jobs.drift).toMatchObject({ needs: ["environments"], trigger: include, rules: [{ if: '$CI_PIPELINE_SOURCE == "schedule"' }] });
  });

  test("uses Node 22, the current LTS, in every pipeline", () => {
    for (const pipeline of gitlabWhole) expect(pipeline.default).toEqual({ image: "node:22-bookworm" });
  });

  test("has one job per environment the command lists (not the sandbox on loopback), with that environment's engine and its stacks in deploy order", () => {
    for (const [child, pipeline] of Object.entries(children)) {
      if (child === "deploy") continue; // two phases: the next test
      const prefix = child === "drift" ? "drift" : "plan";
      expect(Object.keys(jobsOf(pipeline)).sort()).toEqual(["production", "eu"].map((environment) => `${prefix} ${environment}`).sort());
    }
    for (const { child, job } of childJobs.filter(({ child: name }) => name !== "deploy")) {
      const environment = ENVIRONMENTS.find((candidate) => job.variables!.ENVIRONMENT === candidate.environment)!;
      expect({ child, variables: job.variables }).toEqual({
        child,
        variables: {
          ENVIRONMENT: environment.environment,
          TERRAFORM_BINARY_NAME: environment.engine,
          STACKS: environment.stacks.join(" "),
          PASSPHRASE_VARIABLE: environment.passphraseVariable,
        },
      });
    }
    expect(jobsOf(driftChild)["drift eu"]!.variables).toMatchObject({ TERRAFORM_BINARY_NAME: "tofu", STACKS: "eu-base eu-customers-0 eu-customers-1" });
    expect(jobsOf(mergeRequestChild("data"))["plan eu"]!.variables).toMatchObject({ STACKS: "eu-base eu-customers-0 eu-customers-1" });
    expect(jobsOf(deployChild)["plan production"]!.variables).toMatchObject({ TERRAFORM_BINARY_NAME: "terraform", STACKS: "production" });
  });

  test("deploys a sharded environment in two phases: its base (plan, manual apply), then each shard's plan after that apply, and its manual apply", () => {
    const deploy = jobsOf(deployChild);
    const summary = Object.entries(deploy).map(([name, job]) => ({
      name,
      stage: job.stage,
      needs: job.needs ?? null,
      STACKS: job.variables!.STACKS,
      environment: job.environment!.name,
      manual: job.when === "manual",
      blocks: job.allow_failure === false,
    }));
    expect(summary).toEqual([
      { name: "plan production", stage: "plan", needs: null, STACKS: "production", environment: "production", manual: false, blocks: false },
      { name: "apply production", stage: "apply", needs: ["plan production"], STACKS: "production", environment: "production", manual: true, blocks: false },
      { name: "plan eu", stage: "plan", needs: null, STACKS: "eu-base", environment: "eu", manual: false, blocks: false },
      // The base's apply holds the pipeline until someone starts it: the shards need it.
      { name: "apply eu", stage: "apply", needs: ["plan eu"], STACKS: "eu-base", environment: "eu", manual: true, blocks: true },
      { name: "plan eu-customers-0", stage: "plan-shards", needs: ["apply eu"], STACKS: "eu-customers-0", environment: "eu", manual: false, blocks: false },
      {
        name: "apply eu-customers-0",
        stage: "apply-shards",
        needs: ["plan eu-customers-0"],
        STACKS: "eu-customers-0",
        environment: "eu",
        manual: true,
        blocks: false,
      },
      { name: "plan eu-customers-1", stage: "plan-shards", needs: ["apply eu"], STACKS: "eu-customers-1", environment: "eu", manual: false, blocks: false },
      {
        name: "apply eu-customers-1",
        stage: "apply-shards",
        needs: ["plan eu-customers-1"],
        STACKS: "eu-customers-1",
        environment: "eu",
        manual: true,
        blocks: false,
      },
    ]);
    // The stages run in that order, so a shard's jobs come after the base's even without needs.
    expect(deployChild.stages).toEqual(["plan", "apply", "plan-shards", "apply-shards"]);
    // Each shard's jobs are the engine's, for the environment's engine and passphrase.
    expect(deploy["plan eu-customers-0"]!.variables).toEqual({
      ENVIRONMENT: "eu",
      TERRAFORM_BINARY_NAME: "tofu",
      STACKS: "eu-customers-0",
      PASSPHRASE_VARIABLE: "state_passphrase",
    });
  });

  test("installs each job's engine checksum-checked, never an unchecked download", () => {
    for (const { job } of childJobs)
      expect(job.before_script).toContain('pipelines/install-engine.sh "$TERRAFORM_BINARY_NAME" "${ENGINE_DIR:-/usr/local/bin}"');
    expect(JSON.stringify(gitlabWhole)).not.toMatch(/releases\.hashicorp\.com|terraform\.zip|TERRAFORM_VERSION/);
  });

  test("gives each engine job GitLab's OIDC token for AWS and the file the AWS SDK reads it from", () => {
    for (const { job } of childJobs) {
      expect(job.id_tokens).toEqual({ AWS_WEB_IDENTITY_TOKEN: { aud: "sts.amazonaws.com" } });
      expect(job.before_script).toContain('printf \'%s\' "$AWS_WEB_IDENTITY_TOKEN" > "$AWS_WEB_IDENTITY_TOKEN_FILE"');
    }
    for (const pipeline of Object.values(children)) expect(pipeline.variables).toMatchObject({ AWS_WEB_IDENTITY_TOKEN_FILE });
  });

  test("holds the resource group only in the deploy's plan and apply, one group per environment", () => {
    const withGroup = childJobs
      .filter(({ job }) => job.resource_group !== undefined)
      .map(({ child, name, job }) => `${child}: ${name}: ${String(job.resource_group)}`);
    expect(withGroup).toEqual([
      "deploy: plan production: keycloak-deploy-production",
      "deploy: apply production: keycloak-deploy-production",
      "deploy: plan eu: keycloak-deploy-eu",
      "deploy: apply eu: keycloak-deploy-eu",
      "deploy: plan eu-customers-0: keycloak-deploy-eu",
      "deploy: apply eu-customers-0: keycloak-deploy-eu",
      "deploy: plan eu-customers-1: keycloak-deploy-eu",
      "deploy: apply eu-customers-1: keycloak-deploy-eu",
    ]);
    expect(JSON.stringify(gitlab)).not.toMatch(/resource_group/);
  });

  test("lets a newer push cancel a merge request's plan, and nothing else", () => {
    expect(jobs.classify!.interruptible).toBe(true);
    expect(childJobs.filter(({ job }) => job.interruptible === true).map(({ child }) => child)).toEqual([
      "merge request (data)",
      "merge request (data)",
      "merge request (code)",
      "merge request (code)",
    ]);
  });

  test("applies on the default branch, when started, after its own environment's plan only, in the protected environment", () => {
    const deploy = jobsOf(deployChild);
    for (const { environment } of ENVIRONMENTS) {
      expect(deploy[`apply ${environment}`]).toMatchObject({
        stage: "apply",
        needs: [`plan ${environment}`],
        when: "manual",
        environment: { name: environment },
      });
      expect(deploy[`plan ${environment}`]).toMatchObject({ stage: "plan", environment: { name: environment, action: "prepare" } });
    }
  });

  test("seals the saved plans bound to the commit, keeps them 30 days, the approval window, and unseals them before applying", () => {
    const deploy = jobsOf(deployChild);
    expect(PLAN_RETENTION).toBe("30 days");
    for (const { environment } of ENVIRONMENTS) {
      const plan = deploy[`plan ${environment}`]!;
      expect(plan.artifacts).toEqual({ expose_as: "review", paths: ["review.md", "sealed/"], reports: { terraform: "plan.json" }, expire_in: "30 days" });
      expect(plan.script!.filter((line) => /seal-plan/.test(line))).toEqual([expect.stringMatching(SAVED_PLAN_CRYPTO)]);
      const apply = deploy[`apply ${environment}`]!.script!;
      const unseal = apply.findIndex((line) => /unseal-plan/.test(line));
      expect(apply[unseal]).toMatch(SAVED_PLAN_CRYPTO);
      expect(unseal).toBeLessThan(apply.findIndex((line) => ENGINE.test(line)));
    }
  });

  test("shows every plan in the merge request's Terraform widget, made from the review's counts", () => {
    for (const { child, job } of childJobs.filter(({ name }) => name.startsWith("plan "))) {
      expect((job.artifacts as Yaml).reports).toEqual({ terraform: "plan.json" });
      expect(job.script!.join("\n")).toContain(
        child === "deploy"
          ? 'npx tsx pipelines/review-comment.ts --environment "$ENVIRONMENT" --terraform-report plan.json reviews/*.json | tee review.md'
          : 'npx tsx pipelines/review-comment.ts --environment "$ENVIRONMENT" --post --terraform-report plan.json --usage usage.json reviews/*.json | tee review.md',
      );
      // A merge request's review lists the expiring keys from the usage report, made in the same job.
      if (child !== "deploy") expect(job.script!.join("\n")).toMatch(/^npm run --silent usage -- "\$ENVIRONMENT" --json > usage\.json \|\| \{/m);
    }
  });

  test("keeps one drift issue per environment through drift-issue.ts, listing the keys to act on", () => {
    for (const { environment } of ENVIRONMENTS) {
      const job = jobsOf(driftChild)[`drift ${environment}`]!;
      expect(job.environment).toEqual({ name: environment, action: "verify" });
      expect(job.script!.slice(-2)).toEqual([
        'npm run --silent usage -- "$ENVIRONMENT" --json > usage.json',
        'npx tsx pipelines/drift-issue.ts --environment "$ENVIRONMENT" --usage usage.json drift/*.json',
      ]);
    }
  });

  test("gives no merge-request job, nor either merge-request child pipeline, PLAN_PASSPHRASE, a sealed plan or the environments that hold it", () => {
    expect(mergeRequestJobs).toEqual(["test", "classify", "plan-merge-request"]);
    expect(mergeRequestJobs.filter((name) => /PLAN_PASSPHRASE/.test(JSON.stringify(jobs[name])))).toEqual([]);
    expect(mergeRequestJobs.filter((name) => jobs[name]!.environment !== undefined)).toEqual([]);
    for (const { child, job } of childJobs.filter(({ child: name }) => name.startsWith("merge request"))) {
      expect(JSON.stringify(job)).not.toMatch(/PLAN_PASSPHRASE|seal-plan/);
      expect(job.environment!.name).toMatch(child.includes("data") ? /^(?:production|eu)-plan$/ : /^(?:production|eu)-plan-code$/);
    }
    // Only the jobs in an environment's own (protected) "<env>" seal or unseal a plan.
    const sealing = childJobs.filter(({ job }) => /seal-plan/.test(commands(job)));
    expect(sealing.map(({ name }) => name)).toEqual([
      "plan production",
      "apply production",
      "plan eu",
      "apply eu",
      "plan eu-customers-0",
      "apply eu-customers-0",
      "plan eu-customers-1",
      "apply eu-customers-1",
    ]);
    expect(sealing.filter(({ job }) => job.environment!.name !== job.variables!.ENVIRONMENT)).toEqual([]);
  });

  test("classifies with the target branch's code and plans through the child pipeline that classify writes", () => {
    const classify = jobs.classify!;
    expect(classify.environment).toBeUndefined();
    const script = classify.script!.join("\n");
    const steps = [
      'git checkout --force --detach "$TARGET_SHA"',
      "npm ci --ignore-scripts",
      "npm run --silent change-kind",
      "npx tsx pipelines/gitlab-merge-request-plan.ts",
    ];
    expect(steps.map((step) => script.indexOf(step))).toEqual([...steps.map((step) => script.indexOf(step))].sort((a, b) => a - b));
    expect(steps.every((step) => script.includes(step))).toBe(true);
    expect(script).toContain('--base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"');
    expect(classify.artifacts).toMatchObject({ paths: expect.arrayContaining(["merge-request-plan.yml"]) });
    expect(jobs["plan-merge-request"]).toMatchObject({
      needs: ["classify"],
      trigger: { include: [{ artifact: "merge-request-plan.yml", job: "classify" }], strategy: "depend" },
    });
  });

  test("plans a data-only merge request by itself in <env>-plan, with the target's code and the merge request's clients/, scopes/ and inventory", () => {
    const child = mergeRequestChild("data");
    const plan = jobsOf(child)["plan production"]!;
    expect(plan).toMatchObject({ environment: { name: "production-plan", action: "prepare" }, when: "on_success" });
    expect(plan.before_script!.slice(0, DATA_OVERLAY.length)).toEqual(DATA_OVERLAY);
    expect(DATA_OVERLAY.join("\n")).toContain('git checkout --force --detach "$MERGE_REQUEST_TARGET_SHA"');
    expect(DATA_OVERLAY.filter((line) => line.includes("$MERGE_REQUEST_HEAD_SHA"))).toEqual(['pipelines/take-pull-request-data.sh "$MERGE_REQUEST_HEAD_SHA"']);
    expect(child.variables).toMatchObject({
      MERGE_REQUEST_TARGET_SHA: SHAS.targetSha,
      MERGE_REQUEST_HEAD_SHA: SHAS.headSha,
      MERGE_REQUEST_TARGET_BRANCH: { value: "main", expand: false },
    });
  });

  test("plans a merge request that touches code only when someone starts it in <env>-plan-code, and blocks the pipeline until then", () => {
    const plan = jobsOf(mergeRequestChild("code"))["plan production"]!;
    expect(plan).toMatchObject({ environment: { name: "production-plan-code", action: "prepare" }, when: "manual", allow_failure: false });
    expect(
      commands(plan)
        .split("\n")
        .filter((line) => /git (?:fetch|checkout)/.test(line)),
    ).toEqual([]);
    expect(commands(plan)).toMatch(/npm ci --ignore-scripts[\s\S]*npm run --silent plan -- "\$stack"/);
  });

  /**
   * Runs a parent job's command line in a copy of the project whose environments.ts is EXAMPLE, and
   * parses what it wrote. `prepare` may make it a git repository with a history to compare.
   */
  function runGenerator(
    command: string,
    env: Record<string, string>,
    output: string,
    files: Record<string, string> = {},
    prepare: (dir: string) => Record<string, string> = () => ({}),
  ): unknown {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gitlab-generator-"));
    try {
      for (const entry of ["node_modules", "pipelines", "src", "package.json"]) fs.symlinkSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry));
      fs.writeFileSync(path.join(dir, "environments.ts"), `export const environments = ${JSON.stringify(EXAMPLE)};\n`);
      for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
      env = { ...env, ...prepare(dir) };
      // PIPELINE_RUNNER unset whatever the caller's (gitlab-pipeline.test.ts runs this file inside a job that has it).
      const result = spawnSync("bash", ["-c", command], { cwd: dir, env: { ...process.env, PIPELINE_RUNNER: undefined, ...env }, encoding: "utf8" });
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
      return parse(fs.readFileSync(path.join(dir, output), "utf8"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test("writes, from the classify job's own command line, a child pipeline for each decision", () => {
    const command = jobs.classify!.script!.find((line) => line.includes("pipelines/gitlab-merge-request-plan.ts"))!;
    const env = { TARGET_SHA: SHAS.targetSha, CI_COMMIT_SHA: SHAS.headSha, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: "main", CI_MERGE_REQUEST_IID: "7" };
    for (const kind of ["data", "code"] as const) {
      const written = runGenerator(command, env, "merge-request-plan.yml", { "change-kind.txt": `${kind}\n${kind === "code" ? "code: src/main.ts\n" : ""}` });
      expect(written).toEqual(mergeRequestChild(kind));
    }
  });

  test.each(["deploy", "drift"])("writes, from the environments job's own command line, the %s pipeline", (kind) => {
    const command = jobs.environments!.script!.find((line) => line.includes("pipelines/gitlab-deploy-pipeline.ts"))!;
    expect(runGenerator(command, { PIPELINE_FOR: kind }, "deploy-pipeline.yml")).toEqual(kind === "deploy" ? deployChild : driftChild);
  });

  /**
   * A history in `dir`: the project (environments.ts), then a commit that adds `changed`; the
   * commits as `base` and `head`. Only committed files count, so the links stay untracked.
   */
  function history(changed: Record<string, string>) {
    return (dir: string) => {
      const git = (...args: string[]) => {
        const result = spawnSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: dir, encoding: "utf8" });
        expect(result.status).toBe(0);
        return result.stdout.trim();
      };
      git("init", "-q", "-b", "main");
      git("add", "environments.ts");
      git("commit", "-qm", "base");
      const base = git("rev-parse", "HEAD");
      for (const [file, content] of Object.entries(changed)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        // Never through a link into the project.
        expect(fs.realpathSync(path.dirname(path.join(dir, file)))).toBe(path.dirname(path.join(fs.realpathSync(dir), file)));
        fs.writeFileSync(path.join(dir, file), content);
      }
      git("add", ...Object.keys(changed));
      git("commit", "-qm", "change");
      return { base, head: git("rev-parse", "HEAD") };
    };
  }
  const stacksOf = (pipeline: unknown) =>
    Object.fromEntries(Object.entries(jobsOf(pipeline as Yaml)).map(([name, job]) => [name, job.variables?.STACKS ?? "(no stack)"]));
  const EU_CUSTOMER = "eu-customer-1";
  const euShard = customerStackName("eu", EXAMPLE.eu!, EU_CUSTOMER);

  test("deploys, from the environments job's own command line, only the stacks changed since CI_COMMIT_BEFORE_SHA; drift every stack", () => {
    const command = jobs.environments!.script!.find((line) => line.includes("pipelines/gitlab-deploy-pipeline.ts"))!;
    expect(command).toContain('--since "$CI_COMMIT_BEFORE_SHA"');
    expect(jobs.environments!.variables).toMatchObject({ GIT_DEPTH: "0" });
    const customer = history({ [`clients/${EU_CUSTOMER}.ts`]: "export {};\n" });
    const pushed = (dir: string) => {
      const { base } = customer(dir);
      return { CI_COMMIT_BEFORE_SHA: base };
    };
    // One customer: production's stack (one stack, holds every customer) and eu's shard of it, not eu's base.
    const deployed = runGenerator(command, { PIPELINE_FOR: "deploy" }, "deploy-pipeline.yml", {}, pushed) as Yaml;
    expect(stacksOf(deployed)).toEqual({
      "plan production": "production",
      "apply production": "production",
      [`plan ${euShard}`]: euShard,
      [`apply ${euShard}`]: euShard,
    });
    // Its base is not in this deploy: the shard's plan waits for nothing.
    expect(jobsOf(deployed)[`plan ${euShard}`]!.needs).toEqual([]);
    expect(runGenerator(command, { PIPELINE_FOR: "drift" }, "deploy-pipeline.yml", {}, pushed)).toEqual(driftChild);
    // Code, a first push (all zeros) or a force push's unknown commit: every stack.
    const code = (dir: string) => ({ CI_COMMIT_BEFORE_SHA: history({ "main.ts": "export {};\n" })(dir).base });
    expect(runGenerator(command, { PIPELINE_FOR: "deploy" }, "deploy-pipeline.yml", {}, code)).toEqual(deployChild);
    for (const before of ["0".repeat(40), "f".repeat(40)]) {
      const unknown = (dir: string) => (customer(dir), { CI_COMMIT_BEFORE_SHA: before });
      expect(runGenerator(command, { PIPELINE_FOR: "deploy" }, "deploy-pipeline.yml", {}, unknown)).toEqual(deployChild);
    }
    // Only the inventory: nothing to deploy.
    const inventory = (dir: string) => ({ CI_COMMIT_BEFORE_SHA: history({ "customers.inventory.json": "{}\n" })(dir).base });
    expect(Object.keys(jobsOf(runGenerator(command, { PIPELINE_FOR: "deploy" }, "deploy-pipeline.yml", {}, inventory) as Yaml))).toEqual(["nothing"]);
  });

  test("plans, from the classify job's own command line, only the stacks the merge request changed since its merge base", () => {
    const command = jobs.classify!.script!.find((line) => line.includes("pipelines/gitlab-merge-request-plan.ts"))!;
    const mergeRequest = (dir: string) => {
      const { base, head } = history({ [`clients/${EU_CUSTOMER}.ts`]: "export {};\n" })(dir);
      return { TARGET_SHA: base, CI_COMMIT_SHA: head };
    };
    const env = { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: "main", CI_MERGE_REQUEST_IID: "7" };
    expect(stacksOf(runGenerator(command, env, "merge-request-plan.yml", { "change-kind.txt": "data\n" }, mergeRequest))).toEqual({
      "plan production": "production",
      "plan eu": euShard,
    });
  });

  test("writes a valid pipeline with one job when no environment is reachable", () => {
    const empty = deployPipeline("deploy", []) as Yaml;
    expect(Object.keys(jobsOf(empty))).toEqual(["nothing"]);
    expect((empty.stages as string[]).includes(jobsOf(empty).nothing!.stage as string)).toBe(true);
  });
});

describe.each([
  ["GitHub Actions", () => github],
  ["GitLab CI", () => gitlab],
  ["GitLab child pipeline for data", () => mergeRequestChild("data")],
  ["GitLab child pipeline for code", () => mergeRequestChild("code")],
  ["GitLab deploy pipeline", () => deployChild],
  ["GitLab drift pipeline", () => driftChild],
])("the %s pipeline", (_name, pipeline) => {
  test("runs no dependency's install script: every npm ci is npm ci --ignore-scripts", () => {
    const installs = [...JSON.stringify(pipeline()).matchAll(/npm ci[^"\\]*/g)].map((match) => match[0]);
    expect(installs.length).toBeGreaterThan(0);
    expect(installs.filter((install) => !/^npm ci --ignore-scripts\b/.test(install))).toEqual([]);
  });
});

describe("the GitLab child pipeline generators", () => {
  const input = { kind: "data" as const, targetBranch: "main", targetSha: "a".repeat(40), headSha: "b".repeat(40), mergeRequestIid: "7" };

  test("fails when the decision is neither data nor code", () => {
    expect(() => mergeRequestPlanPipeline({ ...input, kind: "" as ChangeKind }, ENVIRONMENTS)).toThrow(new UserError('--kind is data or code, not ""'));
  });

  test("fails when a commit is not a full hash", () => {
    expect(() => mergeRequestPlanPipeline({ ...input, headSha: "HEAD" }, ENVIRONMENTS)).toThrow(new UserError('--head-sha is a full commit hash, not "HEAD"'));
  });

  test("fails when the merge request's number is not a number", () => {
    expect(() => mergeRequestPlanPipeline({ ...input, mergeRequestIid: "7; curl evil" }, ENVIRONMENTS)).toThrow(
      new UserError('--merge-request is a merge request\'s number, not "7; curl evil"'),
    );
  });

  test("fails when the deploy pipeline is for neither deploy nor drift", () => {
    expect(() => deployPipeline("destroy" as "deploy", ENVIRONMENTS)).toThrow(new UserError('--for is deploy or drift, not "destroy"'));
  });
});
