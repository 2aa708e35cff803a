/**
 * The ready pipeline definitions call the project's own commands: every `npm run` they use
 * exists, each step of the loop is there, apply waits for an approval, and one deploy runs per
 * environment at a time. (The pipelines themselves run on GitHub and GitLab; the commands they
 * call are what __tests__/integration/pipeline.test.ts runs against a real Keycloak.)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import packageJson from "../package.json";
import { DATA_OVERLAY, mergeRequestPlanPipeline } from "../pipelines/gitlab-merge-request-plan";
import { PROJECT_ROOT } from "../testkit/temp-project";
import type { ChangeKind } from "../src/operations/change-kind";
import { UserError } from "../src/user-error";

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
const gitlab = load(".gitlab-ci.yml");

describe.each([
  ["GitHub Actions", github],
  ["GitLab CI", gitlab],
])("the %s pipeline", (_name, pipeline) => {
  test("calls only npm scripts the project has, and every step of the loop", () => {
    const used = npmScripts(pipeline);
    expect(used.filter((script) => !(script in packageJson.scripts))).toEqual([]);
    expect(used).toEqual(expect.arrayContaining(["apply", "drift", "plan", "test:fast"]));
  });

  test("writes no secret into the pipeline: credentials come from CI secrets or variables", () => {
    const text = JSON.stringify(pipeline);
    expect(text).not.toMatch(/KEYCLOAK_CLIENT_SECRET"?:\s*"[^$]/);
    expect(text).not.toMatch(/PLAN_PASSPHRASE"?:\s*"[^$]/);
  });
});

test("GitHub: apply runs on merge only, after the plan, behind the environment's approval, one per environment", () => {
  const jobs = github.jobs as Record<string, Yaml>;
  expect(jobs.apply).toMatchObject({
    if: "github.event_name == 'push'",
    needs: "plan",
    environment: "${{ matrix.environment }}",
    concurrency: { group: "keycloak-${{ matrix.environment }}", "cancel-in-progress": false },
  });
  expect(jobs.plan!.concurrency).toEqual(jobs.apply!.concurrency);
  expect(jobs.drift!.if).toContain("schedule");
});

test("GitLab: apply is manual on the default branch, after the plan, in the environment's resource group", () => {
  expect(gitlab.apply).toMatchObject({
    needs: ["plan"],
    environment: { name: "$ENVIRONMENT" },
    resource_group: "keycloak-$ENVIRONMENT",
    rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "push"', when: "manual" }],
  });
  expect((gitlab.drift as Yaml).rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
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
  expect(js.replace(/"(?:[^"\\]|\\.)*"|'[^']*'|null/g, "")).toMatch(/^[\s!=&|()]*$/);
  return new Function(`return (${js});`)();
}

/** Every secret the tests follow. */
const SECRET = /KEYCLOAK_CLIENT_SECRET|KEYCLOAK_CLIENT_ID|PLAN_PASSPHRASE/;
/** A step or job that runs the engine: plan, apply, drift, or hand over a key. */
const ENGINE = /npm run --silent (?:plan|apply|drift|key) /;
/** A step that only encrypts or decrypts the saved plan with PLAN_PASSPHRASE. */
const SAVED_PLAN_CRYPTO = /^(?:mkdir -p plans && )?openssl enc (?:-d )?-aes-256-cbc -pbkdf2 (?:-salt )?-pass env:PLAN_PASSPHRASE -in \S+ -out \S+$/;

describe("the GitHub Actions pipeline's trust boundary", () => {
  type Step = Yaml & { run?: string; uses?: string; if?: string; env?: Yaml; with?: Yaml; name?: string };
  const jobs = github.jobs as Record<string, Yaml & { steps: Step[] }>;
  const allSteps = Object.entries(jobs).flatMap(([job, definition]) => definition.steps.map((step) => ({ job, step })));
  const runsOn = (job: string, event: string) => jobs[job]!.if === undefined || evaluate(jobs[job]!.if as string, { "github.event_name": event }) === true;
  const pullRequestJobs = Object.keys(jobs).filter((job) => runsOn(job, "pull_request") || runsOn(job, "pull_request_target"));

  test("sets no secret for the whole workflow or a whole job, only on steps", () => {
    const { jobs: _jobs, ...workflow } = github;
    const jobLevel = Object.entries(jobs).map(([job, { steps: _steps, ...definition }]) => ({ job, definition }));
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\.|KEYCLOAK_CLIENT|PLAN_PASSPHRASE/);
    expect(jobLevel.filter(({ definition }) => /secrets\.|KEYCLOAK_CLIENT|PLAN_PASSPHRASE/.test(JSON.stringify(definition)))).toEqual([]);
  });

  test("passes the Keycloak credentials only to the steps that run the engine, and to each of them", () => {
    const withCredentials = allSteps.filter(({ step }) => /KEYCLOAK_CLIENT/.test(JSON.stringify(step)));
    expect(withCredentials.filter(({ step }) => !ENGINE.test(step.run ?? ""))).toEqual([]);
    expect(withCredentials.map(({ job, step }) => `${job}: ${step.run!.split(" ").slice(0, 4).join(" ")}`)).toEqual([
      "plan-pull-request: npm run --silent plan",
      "plan: npm run --silent plan",
      "apply: npm run --silent apply",
      "drift: npm run --silent drift",
    ]);
    expect(allSteps.filter(({ step }) => ENGINE.test(step.run ?? "") && !/KEYCLOAK_CLIENT_SECRET/.test(JSON.stringify(step.env)))).toEqual([]);
  });

  test("passes PLAN_PASSPHRASE only to the merge's plan step that encrypts the saved plan and the apply's step that decrypts it", () => {
    const withPassphrase = allSteps.filter(({ step }) => /PLAN_PASSPHRASE/.test(JSON.stringify(step)));
    // `${{ matrix.environment }}` in a file name reads as one word.
    const run = (step: Step) => step.run!.replace(/\$\{\{.*?\}\}/g, "ENV");
    expect(withPassphrase.map(({ job, step }) => ({ job, run: run(step), env: Object.keys(step.env ?? {}) }))).toEqual([
      { job: "plan", run: expect.stringMatching(SAVED_PLAN_CRYPTO), env: ["PLAN_PASSPHRASE"] },
      { job: "apply", run: expect.stringMatching(SAVED_PLAN_CRYPTO), env: ["PLAN_PASSPHRASE"] },
    ]);
    expect(runsOn("plan", "push") && !runsOn("plan", "pull_request") && !runsOn("plan", "pull_request_target")).toBe(true);
  });

  test("gives no pull-request job PLAN_PASSPHRASE, and the job that runs the pull request's code on pull_request no secret", () => {
    expect(pullRequestJobs).toEqual(["test", "classify", "plan-pull-request"]);
    expect(pullRequestJobs.filter((job) => /PLAN_PASSPHRASE/.test(JSON.stringify(jobs[job])))).toEqual([]);
    expect(runsOn("test", "pull_request_target")).toBe(false);
    expect(JSON.stringify(jobs.test)).not.toMatch(/secrets\./);
    expect(jobs.test!.permissions).toEqual({ contents: "read" });
    expect(JSON.stringify(jobs.classify)).not.toMatch(/secrets\./);
  });

  test("classifies a pull request with the base branch's code, on pull_request_target", () => {
    expect(github.on).toHaveProperty("pull_request_target");
    expect(pullRequestJobs.filter((job) => runsOn(job, "pull_request_target"))).toEqual(["classify", "plan-pull-request"]);
    const { steps } = jobs.classify!;
    // Checked out without a ref: on pull_request_target, the base branch.
    expect(steps.filter((step) => step.uses?.startsWith("actions/checkout"))).toEqual([{ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } }]);
    expect(steps.map((step) => step.run ?? "").join("\n")).toMatch(/npm run --silent change-kind -- --base "\$BASE_SHA" --head "\$HEAD_SHA"/);
    expect(jobs.classify!.outputs).toEqual({ kind: "${{ steps.kind.outputs.kind }}" });
    expect(jobs["plan-pull-request"]!.needs).toBe("classify");
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
      { name: "Check out the base branch, whose code runs", if: "needs.classify.outputs.kind == 'data'", uses: "actions/checkout@v4", with: { "fetch-depth": 0 } },
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
      { name: "Check out the pull request's code, approved by a maintainer", if: "needs.classify.outputs.kind != 'data'", uses: "actions/checkout@v4", with: { ref: HEAD, "persist-credentials": false } },
    ]);
    expect(steps.filter((step) => /git (?:fetch|checkout)/.test(step.run ?? ""))).toEqual([]);
  });
});

describe("the GitLab CI pipeline's trust boundary", () => {
  type Job = Yaml & { script?: string[]; rules?: { if: string }[]; environment?: unknown; extends?: string[] };
  const jobs = Object.fromEntries(Object.entries(gitlab).filter(([name, value]) => !name.startsWith(".") && typeof value === "object" && value !== null && ("script" in value || "trigger" in value))) as Record<string, Job>;
  /** A job with what it extends, as GitLab merges it. */
  const resolved = (job: Job): Job => Object.assign({}, ...(job.extends ?? []).map((name) => gitlab[name] as Job), job);
  const commands = (job: Job) => [...((resolved(job).before_script as string[] | undefined) ?? []), ...(resolved(job).script ?? [])].join("\n");
  const runsOnMergeRequest = (job: Job) =>
    (job.rules ?? []).some((rule) => evaluate(rule.if, { $CI_PIPELINE_SOURCE: "merge_request_event", $CI_COMMIT_BRANCH: null, $CI_DEFAULT_BRANCH: "main" }) === true);
  const mergeRequestJobs = Object.keys(jobs).filter((name) => runsOnMergeRequest(jobs[name]!));

  const SHAS = { targetSha: "a".repeat(40), headSha: "b".repeat(40) };
  const child = (kind: ChangeKind) =>
    mergeRequestPlanPipeline({ kind, targetBranch: "main", ...SHAS, mergeRequestIid: "7" }) as Yaml & { plan: Job; variables: Yaml };

  test("sets no secret for the whole pipeline, and only the jobs that run the engine name PLAN_PASSPHRASE or get an environment's variables", () => {
    expect(JSON.stringify(gitlab.variables)).not.toMatch(SECRET);
    expect(JSON.stringify(gitlab.default)).not.toMatch(SECRET);
    expect(Object.keys(jobs).filter((name) => SECRET.test(JSON.stringify(resolved(jobs[name]!))))).toEqual(["plan", "apply"]);
    // Environment-scoped variables reach a job through its environment: only engine jobs have one, and they run no tests.
    const withEnvironment = Object.keys(jobs).filter((name) => resolved(jobs[name]!).environment !== undefined);
    expect(withEnvironment).toEqual(["plan", "apply", "drift"]);
    expect(withEnvironment.filter((name) => !ENGINE.test(commands(jobs[name]!)) || /npm (?:run )?test/.test(commands(jobs[name]!)))).toEqual([]);
    for (const name of ["plan", "apply"]) {
      expect(ENGINE.test(commands(jobs[name]!))).toBe(true);
      expect(commands(jobs[name]!).split("\n").filter((line) => line.includes("PLAN_PASSPHRASE") && !SAVED_PLAN_CRYPTO.test(line))).toEqual([]);
    }
  });

  test("gives no merge-request job, nor either child pipeline, PLAN_PASSPHRASE or the environments that hold it", () => {
    expect(mergeRequestJobs).toEqual(["test", "classify", "plan-merge-request"]);
    expect(mergeRequestJobs.filter((name) => /PLAN_PASSPHRASE/.test(JSON.stringify(resolved(jobs[name]!))))).toEqual([]);
    expect(mergeRequestJobs.filter((name) => resolved(jobs[name]!).environment !== undefined)).toEqual([]);
    for (const kind of ["data", "code"] as const) {
      expect(JSON.stringify(child(kind))).not.toMatch(/PLAN_PASSPHRASE/);
      expect((child(kind).plan.environment as Yaml).name).toMatch(/^\$ENVIRONMENT-plan(?:-code)?$/);
    }
  });

  test("classifies with the target branch's code and plans through the child pipeline that classify writes", () => {
    const classify = jobs.classify!;
    expect(classify.environment).toBeUndefined();
    const script = classify.script!.join("\n");
    const steps = ['git checkout --force --detach "$TARGET_SHA"', "npm ci --ignore-scripts", "npm run --silent change-kind", "npx tsx pipelines/gitlab-merge-request-plan.ts"];
    expect(steps.map((step) => script.indexOf(step))).toEqual([...steps.map((step) => script.indexOf(step))].sort((a, b) => a - b));
    expect(steps.every((step) => script.includes(step))).toBe(true);
    expect(script).toContain('--base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"');
    expect(classify.artifacts).toMatchObject({ paths: expect.arrayContaining(["merge-request-plan.yml"]) });
    expect(jobs["plan-merge-request"]).toMatchObject({
      needs: ["classify"],
      trigger: { include: [{ artifact: "merge-request-plan.yml", job: "classify" }], strategy: "depend" },
    });
    expect(jobs.plan!.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "push"' }]);
  });

  test("plans a data-only merge request by itself in <env>-plan, with the target's code and the merge request's clients/, scopes/ and inventory", () => {
    const { plan, variables } = child("data");
    expect(plan).toMatchObject({ environment: { name: "$ENVIRONMENT-plan", action: "prepare" }, when: "on_success" });
    expect(plan.script!.slice(0, DATA_OVERLAY.length)).toEqual(DATA_OVERLAY);
    expect(DATA_OVERLAY.join("\n")).toContain('git checkout --force --detach "$MERGE_REQUEST_TARGET_SHA"');
    expect(DATA_OVERLAY.filter((line) => line.includes("$MERGE_REQUEST_HEAD_SHA"))).toEqual(['pipelines/take-pull-request-data.sh "$MERGE_REQUEST_HEAD_SHA"']);
    expect(variables).toMatchObject({ MERGE_REQUEST_TARGET_SHA: SHAS.targetSha, MERGE_REQUEST_HEAD_SHA: SHAS.headSha, MERGE_REQUEST_TARGET_BRANCH: { value: "main", expand: false } });
  });

  test("plans a merge request that touches code only when someone starts it in <env>-plan-code, and blocks the pipeline until then", () => {
    const { plan } = child("code");
    expect(plan).toMatchObject({ environment: { name: "$ENVIRONMENT-plan-code", action: "prepare" }, when: "manual", allow_failure: false });
    expect(plan.script!.filter((line) => /git (?:fetch|checkout)/.test(line))).toEqual([]);
    expect(plan.script!.join("\n")).toMatch(/npm ci --ignore-scripts[\s\S]*npm run --silent plan -- "\$ENVIRONMENT"/);
  });

  test("writes, from the classify job's own command line, a child pipeline for each decision", () => {
    const command = jobs.classify!.script!.find((line) => line.includes("pipelines/gitlab-merge-request-plan.ts"))!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "merge-request-plan-"));
    try {
      for (const entry of ["node_modules", "pipelines", "src", "package.json"]) fs.symlinkSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry));
      for (const kind of ["data", "code"] as const) {
        fs.writeFileSync(path.join(dir, "change-kind.txt"), `${kind}\n${kind === "code" ? "code: src/main.ts\n" : ""}`);
        const env = { ...process.env, TARGET_SHA: SHAS.targetSha, CI_COMMIT_SHA: SHAS.headSha, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: "main", CI_MERGE_REQUEST_IID: "7" };
        const result = spawnSync("bash", ["-c", command], { cwd: dir, env, encoding: "utf8" });
        expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
        expect(parse(fs.readFileSync(path.join(dir, "merge-request-plan.yml"), "utf8"))).toEqual(child(kind));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each([
  ["GitHub Actions", () => github],
  ["GitLab CI", () => gitlab],
  ["GitLab child pipeline for data", () => mergeRequestPlanPipeline({ kind: "data", targetBranch: "main", targetSha: "a".repeat(40), headSha: "b".repeat(40), mergeRequestIid: "7" })],
  ["GitLab child pipeline for code", () => mergeRequestPlanPipeline({ kind: "code", targetBranch: "main", targetSha: "a".repeat(40), headSha: "b".repeat(40), mergeRequestIid: "7" })],
])("the %s pipeline", (_name, pipeline) => {
  test("runs no dependency's install script: every npm ci is npm ci --ignore-scripts", () => {
    const installs = [...JSON.stringify(pipeline()).matchAll(/npm ci[^"\\]*/g)].map((match) => match[0]);
    expect(installs.length).toBeGreaterThan(0);
    expect(installs.filter((install) => !/^npm ci --ignore-scripts\b/.test(install))).toEqual([]);
  });
});

describe("the GitLab child pipeline generator", () => {
  const input = { kind: "data" as const, targetBranch: "main", targetSha: "a".repeat(40), headSha: "b".repeat(40), mergeRequestIid: "7" };

  test("fails when the decision is neither data nor code", () => {
    expect(() => mergeRequestPlanPipeline({ ...input, kind: "" as ChangeKind })).toThrow(new UserError('--kind is data or code, not ""'));
  });

  test("fails when a commit is not a full hash", () => {
    expect(() => mergeRequestPlanPipeline({ ...input, headSha: "HEAD" })).toThrow(new UserError('--head-sha is a full commit hash, not "HEAD"'));
  });

  test("fails when the merge request's number is not a number", () => {
    expect(() => mergeRequestPlanPipeline({ ...input, mergeRequestIid: "7; curl evil" })).toThrow(
      new UserError('--merge-request is a merge request\'s number, not "7; curl evil"'),
    );
  });
});
