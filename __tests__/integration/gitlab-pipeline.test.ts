/**
 * `.gitlab-ci.yml` itself, run with gitlab-ci-local (shell executor) against a Keycloak started
 * here: a merge request's pipeline (fast tests, classify, the generated child's plan and review),
 * the default branch's (tests, the child's plan, then the apply of that sealed plan), a push that
 * touches no stack (nothing planned), and the scheduled drift check after a hand edit in Keycloak.
 *
 * What stands in for GitLab and its runner, and nothing else:
 * - the project is a temporary git repository of the working tree's files (node_modules
 *   linked, and npm's own `dry_run` setting makes the jobs' `npm ci` leave it as it is), whose
 *   `origin` is a bare repository beside it: classify and the data overlay fetch from it;
 * - CI/CD variables come from a variables file written per pipeline as GitLab would hand them
 *   out: scoped to environments, and the protected ones only to the protected default branch;
 * - `PIPELINE_RUNNER=local`: the generated children deploy the sandbox (Keycloak on loopback,
 *   local state), which all jobs share in one checkout;
 * - the engine's release zip is the toolchain's own terraform, zipped here, served by a stand-in
 *   `curl` (no network): pipelines/install-engine.sh checks its sha256 against TERRAFORM_SHA256
 *   and installs it into ENGINE_DIR; the provider comes from the toolchain's offline mirror;
 * - `BASH_ENV` notes, for every job, which of the watched variables it was given (names only).
 */
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { zipOf } from "../support/zip";
import packageJson from "../../package.json";
import { environments } from "../../environments";
import { startKeycloak, withServerLog, type KeycloakServer } from "../../testkit/keycloak-server";
import { secretSweep } from "../../testkit/secret-sweep";
import { PROJECT_ROOT } from "../../testkit/temp-project";
import { provision } from "../../testkit/toolchain";
import { customerFile, type CustomerSpec } from "../support/customer-files";
import { expectTokenAsGranted } from "../support/customer-token";
import { run, type CommandResult } from "../support/deployed-project";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;
const GITLAB_CI_LOCAL = path.join(PROJECT_ROOT, "node_modules", ".bin", "gitlab-ci-local");
/** The variables whose reach is checked, job by job. */
const WATCHED = ["KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET", "PLAN_PASSPHRASE"] as const;
const added: CustomerSpec = {
  clientId: "hooli-xyz",
  name: "Hooli XYZ",
  contact: "api@hooli.example",
  grants: { "orders-api": ["orders:read"] },
  environments: [ENVIRONMENT],
  enabled: true,
};

/** A CI/CD variable as a GitLab project holds it: one name may have several, each of its own scopes. */
interface ProjectVariable {
  readonly name: string;
  readonly value: string;
  /** Environment scopes; none: every job. */
  readonly scopes?: readonly string[];
  /** Given only to pipelines of protected branches (the default branch). */
  readonly protected?: boolean;
}

let keycloak: KeycloakServer;
let work: string;
let repo: string;
let toolEnv: NodeJS.ProcessEnv;
let variables: ProjectVariable[];

function git(...args: string[]): string {
  const result = spawnSync("git", args, { cwd: repo, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout.trim();
}

/** The variables file of one pipeline: what GitLab gives a pipeline of `ref` (the default branch is protected). */
function variablesFile(name: string, protectedRef: boolean): string {
  const entries: Record<string, { type: "variable"; values: Record<string, string> }> = {};
  for (const { name: variable, value, scopes, protected: isProtected } of variables) {
    if (isProtected && !protectedRef) continue;
    const entry = (entries[variable] ??= { type: "variable", values: {} });
    for (const scope of scopes ?? ["*"]) entry.values[scope] = value;
  }
  const file = path.join(work, `variables-${name}.yml`);
  fs.writeFileSync(file, JSON.stringify(entries, null, 2));
  return path.relative(repo, file);
}

/** One job's part of gitlab-ci-local's output: its lines, without the job-name prefix. */
function jobLog(output: string, job: string): string {
  const prefix = new RegExp(`^(?:\\t?\\[[^\\]]+\\] -> )?${job.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} +(?:> )?(.*)$`);
  return output
    .split("\n")
    .map((line) => prefix.exec(line)?.[1])
    .filter((line): line is string => line !== undefined)
    .join("\n");
}

/** Which watched variables each job was given, from the BASH_ENV notes of the last pipeline. */
function seenByJob(): Record<string, string[]> {
  const notes = fs.existsSync(path.join(work, "seen.log")) ? fs.readFileSync(path.join(work, "seen.log"), "utf8").trim().split("\n") : [];
  const seen: Record<string, Set<string>> = {};
  for (const note of notes) {
    const [job, names] = note.split("\t") as [string, string | undefined];
    if (job === "") continue;
    const set = (seen[job] ??= new Set());
    for (const name of (names ?? "").split(" ").filter(Boolean)) set.add(name);
  }
  fs.rmSync(path.join(work, "seen.log"), { force: true });
  return Object.fromEntries(Object.entries(seen).map(([job, names]) => [job, [...names].sort()]));
}

/** Runs gitlab-ci-local in the repository: a fresh checkout's files (state/ kept: the remote state), `args`, the variables file. */
async function pipeline(
  name: string,
  protectedRef: boolean,
  args: readonly string[],
  { clean = true } = {},
): Promise<CommandResult & { seen: Record<string, string[]> }> {
  if (clean) git("clean", "-ffdxq", "-e", "/node_modules", "-e", "/state/");
  const result = await run(
    GITLAB_CI_LOCAL,
    [
      "--force-shell-executor",
      "--concurrency",
      "1",
      "--no-color",
      "--state-dir",
      path.relative(repo, path.join(work, `gcl-${name}`)),
      "--variables-file",
      variablesFile(name, protectedRef),
      "--ignore-predefined-vars",
      "CI_PIPELINE_SOURCE,CI_MERGE_REQUEST_IID,CI_MERGE_REQUEST_TARGET_BRANCH_NAME,CI_COMMIT_BRANCH,GITLAB_CI",
      ...args,
    ],
    repo,
    toolEnv,
  );
  secretSweep.output(`gitlab-ci-local: the ${name} pipeline`, result.output);
  secretSweep.files(path.join(repo, "reviews"));
  secretSweep.files(path.join(repo, "drift"));
  console.info(`the ${name} pipeline: ${result.seconds.toFixed(0)} s, exit ${result.status}`);
  return { ...result, seen: seenByJob() };
}

/**
 * The project's sandbox URL, forwarded to the test's Keycloak: the pipeline runs the project as it
 * is (its fast tests read environments.ts too), so its sandbox must answer where it says.
 */
const SANDBOX_URL = environments[ENVIRONMENT].keycloakUrl;
let forwarder: net.Server | undefined;

async function forwardSandboxTo(target: string): Promise<void> {
  const { hostname, port } = new URL(SANDBOX_URL);
  const to = new URL(target);
  const server = net.createServer((socket) => {
    const upstream = net.connect(Number(to.port), to.hostname);
    socket.pipe(upstream).pipe(socket);
    socket.on("error", () => upstream.destroy());
    upstream.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(new Error(`the sandbox's ${SANDBOX_URL} must be free for this test: ${error.message}`)));
    server.listen(Number(port), hostname, resolve);
  });
  forwarder = server;
}

beforeAll(async () => {
  if (spawnSync("rsync", ["--version"]).status !== 0) throw new Error("gitlab-ci-local copies the project with rsync: install it (apt-get install rsync)");
  keycloak = await startKeycloak();
  await forwardSandboxTo(keycloak.url);
  const engine = provision("engine", "terraform");
  work = fs.mkdtempSync(path.join(os.tmpdir(), "gitlab-pipeline-"));
  repo = path.join(work, "repo");

  // The release zip install-engine.sh asks for: the toolchain's terraform, served by a stand-in curl.
  const version = packageJson.toolchain.terraform;
  const releaseUrl = `https://releases.hashicorp.com/terraform/${version}/terraform_${version}_linux_amd64.zip`;
  const zip = zipOf("terraform", fs.readFileSync(engine.TERRAFORM_BINARY_NAME!));
  fs.writeFileSync(path.join(work, "release.zip"), zip);
  fs.mkdirSync(path.join(work, "bin"));
  fs.writeFileSync(
    path.join(work, "bin", "curl"),
    [
      "#!/usr/bin/env bash",
      'out=""; url=""',
      'while [ $# -gt 0 ]; do case "$1" in -o) out=$2; shift 2 ;; --retry) shift 2 ;; -*) shift ;; *) url=$1; shift ;; esac; done',
      `echo "$url" >> "${work}/curl-urls"`,
      `[ "$url" = "${releaseUrl}" ] || { echo "curl (stand-in): no network for $url" >&2; exit 22; }`,
      `cp "${work}/release.zip" "$out"`,
      "",
    ].join("\n"),
    { mode: 0o755 },
  );
  fs.mkdirSync(path.join(work, "engine"));
  // Names only, never values: one line per shell a job starts.
  fs.writeFileSync(
    path.join(work, "bash-env.sh"),
    `names=""; for name in ${WATCHED.join(" ")}; do [ -z "\${!name:-}" ] || names="$names $name"; done\nprintf '%s\\t%s\\n' "\${CI_JOB_NAME:-}" "$names" >> "${work}/seen.log"\n`,
  );
  toolEnv = {
    ...process.env,
    PATH: `${path.join(work, "engine")}:${path.join(work, "bin")}:${process.env.PATH}`,
    BASH_ENV: path.join(work, "bash-env.sh"),
    // The jobs' `npm ci --ignore-scripts` changes nothing: they use the linked node_modules.
    npm_config_dry_run: "true",
    GCL_TIMESTAMPS: "false",
  };
  for (const name of WATCHED) delete toolEnv[name];
  for (const name of Object.keys(toolEnv)) if (/^(?:CI_|GITLAB_|TF_|TERRAFORM_)/.test(name)) delete toolEnv[name];

  const passphrase = `canary-plan-${randomBytes(12).toString("hex")}`;
  secretSweep.secret("PLAN_PASSPHRASE (canary)", passphrase);
  const deployer = keycloak.deployClient;
  variables = [
    { name: "PIPELINE_RUNNER", value: "local" },
    { name: "TERRAFORM_SHA256", value: createHash("sha256").update(zip).digest("hex") },
    { name: "ENGINE_DIR", value: path.join(work, "engine") },
    { name: "TF_CLI_CONFIG_FILE", value: engine.TF_CLI_CONFIG_FILE! },
    { name: "TF_INPUT", value: "0" },
    // As on GitLab (gitlab-ci-local says false, and passes --variable to no child pipeline):
    // the review and drift scripts then report to GitLab, or say why they do not.
    { name: "GITLAB_CI", value: "true" },
    // The deploy identity, scoped to the plans' environments, and to "<env>" as protected (README).
    { name: "KEYCLOAK_CLIENT_ID", value: deployer.clientId, scopes: [`${ENVIRONMENT}-plan`, `${ENVIRONMENT}-plan-code`] },
    { name: "KEYCLOAK_CLIENT_SECRET", value: deployer.clientSecret, scopes: [`${ENVIRONMENT}-plan`, `${ENVIRONMENT}-plan-code`] },
    { name: "KEYCLOAK_CLIENT_ID", value: deployer.clientId, scopes: [ENVIRONMENT], protected: true },
    { name: "KEYCLOAK_CLIENT_SECRET", value: deployer.clientSecret, scopes: [ENVIRONMENT], protected: true },
    { name: "PLAN_PASSPHRASE", value: passphrase, scopes: [ENVIRONMENT], protected: true },
  ];

  // The repository: the working tree's files as `git add -A` would commit them, on main, pushed to a bare origin.
  fs.mkdirSync(repo);
  const tracked = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: PROJECT_ROOT, encoding: "utf8" })
    .stdout.split("\0")
    .filter((file) => file !== "" && file !== "node_modules");
  for (const file of tracked) {
    const source = path.join(PROJECT_ROOT, file);
    if (!fs.existsSync(source)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.cpSync(source, path.join(repo, file), { verbatimSymlinks: true });
  }
  fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(repo, "node_modules"));
  git("init", "-q", "-b", "main");
  git("config", "user.email", "pipeline-test@example.com");
  git("config", "user.name", "Pipeline test");
  git("add", "--", ...tracked.filter((file) => fs.existsSync(path.join(repo, file))));
  git("commit", "-qm", "The project, its sandbox on the test's Keycloak");
  spawnSync("git", ["init", "-q", "--bare", path.join(work, "origin.git")]);
  git("remote", "add", "origin", path.join(work, "origin.git"));
  // gitlab-ci-local reads the project's path from this remote; nothing is fetched from it.
  git("remote", "add", "gcl-origin", "https://gitlab.example.com/atlas/keycloak-api-keys.git");
  git("push", "-q", "origin", "main");
  git("fetch", "-q", "origin");
  git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");

  // The merge request, as the README's onboarding makes it: the customer's file, the inventory,
  // the accepted snapshot; data only. Its branch is pushed, as GitLab's merge request refs are.
  git("checkout", "-q", "-b", "add-hooli");
  fs.writeFileSync(path.join(repo, "clients", `${added.clientId}.ts`), customerFile(added));
  for (const [command, args] of [
    ["npm", ["run", "--silent", "inventory"]],
    [path.join(PROJECT_ROOT, "node_modules", ".bin", "jest"), ["--ci=false", "-u", "__tests__/example-stacks.test.ts"]],
  ] as const) {
    const result = spawnSync(command, args, { cwd: repo, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  }
  git("add", "clients", "customers.inventory.json", "__tests__/__snapshots__");
  git("commit", "-qm", "Add Hooli XYZ");
  git("push", "-q", "origin", "add-hooli");
});

afterAll(async () => {
  await new Promise((resolve) => (forwarder ? forwarder.close(resolve) : resolve(undefined)));
  await keycloak?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const withLog = (check: () => Promise<void>) => withServerLog(keycloak, check);

describe("a merge request that adds a customer", () => {
  let result: Awaited<ReturnType<typeof pipeline>>;

  beforeAll(async () => {
    result = await pipeline("merge-request", false, [
      "--variable",
      "CI_PIPELINE_SOURCE=merge_request_event",
      "--variable",
      "CI_MERGE_REQUEST_TARGET_BRANCH_NAME=main",
      "--variable",
      "CI_MERGE_REQUEST_IID=7",
      "--unset-variable",
      "CI_COMMIT_BRANCH",
    ]);
  });

  test("passes: the fast tests, classify (data) and the child's plan in sandbox-plan", () => {
    expect({ status: result.status, tail: result.status === 0 ? "" : result.output.slice(-8000) }).toEqual({ status: 0, tail: "" });
    expect(result.output).toMatch(/PASS +test\b/);
    expect(result.output).toMatch(/PASS +classify\b/);
    // gitlab-ci-local passes a trigger job whatever its child did (`strategy: depend` is not
    // followed), so the child's own job is checked.
    expect(result.output).toMatch(/^ *PASS +\[plan-merge-request\] -> plan sandbox\b/m);
    expect(result.output).not.toMatch(/^ *FAIL /m);
    expect(jobLog(result.output, "classify")).toMatch(/^data$/m);
  });

  test("plans only the stacks the merge request touches since its merge base: the customer's, not every stack", () => {
    const child = fs.readFileSync(path.join(repo, "merge-request-plan.yml"), "utf8");
    expect(child.split("\n")[1]).toBe("# Only the stacks the change touches.");
    expect(child).toMatch(/^ {4}STACKS: sandbox$/m);
  });

  test("the review names the customer added, from the target's code on the merge request's data", () => {
    const plan = jobLog(result.output, "plan sandbox");
    expect(plan).toContain(`git checkout --force --detach "$MERGE_REQUEST_TARGET_SHA"`);
    expect(plan).toContain(`| \`${added.clientId}\` | added`);
    expect(fs.readFileSync(path.join(repo, "clients", `${added.clientId}.ts`), "utf8")).toBe(customerFile(added));
  });

  test("credentials reach only the plan job, and PLAN_PASSPHRASE no job of a merge request", () => {
    expect(result.seen).toEqual({
      test: [],
      classify: [],
      "plan sandbox": ["KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET"],
    });
  });

  test("the engine came from install-engine.sh's checked release zip, and Keycloak was not changed", async () => {
    expect(fs.readFileSync(path.join(work, "curl-urls"), "utf8")).toContain("releases.hashicorp.com/terraform/");
    const realms = await keycloak.admin<{ realm: string }[]>("GET", "/realms");
    expect(realms.map(({ realm }) => realm)).not.toContain(REALM);
  });
});

describe("merged: the default branch's pipeline plans, seals, and applies that plan", () => {
  let result: Awaited<ReturnType<typeof pipeline>>;

  beforeAll(async () => {
    git("checkout", "-q", "--force", "main");
    const before = git("rev-parse", "HEAD");
    git("merge", "-q", "--ff-only", "add-hooli");
    git("push", "-q", "origin", "main");
    // Its `test` job is left out: it would run `npm run test:fast` on the very commit the merge
    // request's pipeline tested (a fast-forward merge), and it is most of a pipeline's time. So
    // `environments` runs alone, and then its child as the `deploy` trigger job would run it
    // (gitlab-ci-local hands a job list on to the child, so the two cannot be picked in one run).
    // GitLab's CI_COMMIT_BEFORE_SHA, which gitlab-ci-local does not set: main before the merge.
    const environmentsJob = await pipeline("main", true, [
      "--variable",
      "CI_PIPELINE_SOURCE=push",
      "--variable",
      `CI_COMMIT_BEFORE_SHA=${before}`,
      "environments",
    ]);
    const child = await pipeline(
      "main-deploy",
      true,
      ["--file", "deploy-pipeline.yml", "--variable", "CI_PIPELINE_SOURCE=parent_pipeline", "--manual", "apply sandbox"],
      {
        clean: false,
      },
    );
    result = {
      status: environmentsJob.status || child.status,
      output: `${environmentsJob.output}\n${child.output}`,
      seconds: environmentsJob.seconds + child.seconds,
      seen: { ...environmentsJob.seen, ...child.seen },
    };
  });

  test("passes: environments, plan sandbox, apply sandbox", () => {
    expect({ status: result.status, tail: result.status === 0 ? "" : result.output.slice(-8000) }).toEqual({ status: 0, tail: "" });
    for (const job of ["environments", "plan sandbox", "apply sandbox"]) expect(result.output).toMatch(new RegExp(`^ *PASS +${job}\\b`, "m"));
    expect(result.output).not.toMatch(/^ *FAIL /m);
  });

  test("deploys only the stacks changed since CI_COMMIT_BEFORE_SHA: the customer's", () => {
    const child = fs.readFileSync(path.join(repo, "deploy-pipeline.yml"), "utf8");
    expect(child.split("\n")[1]).toBe("# Only the stacks the change touches.");
    expect(child.match(/^ {4}STACKS: .*$/gm)).toEqual(["    STACKS: sandbox", "    STACKS: sandbox"]);
  });

  test("apply unsealed and applied exactly the plan whose sha256 the plan job recorded", () => {
    const sealed = /^([0-9a-f]{64}) {2}sandbox$/m.exec(jobLog(result.output, "plan sandbox"))?.[1];
    const unsealed = /^([0-9a-f]{64}) {2}sandbox$/m.exec(jobLog(result.output, "apply sandbox"))?.[1];
    expect(sealed).toMatch(/^[0-9a-f]{64}$/);
    expect(unsealed).toBe(sealed);
    expect(jobLog(result.output, "apply sandbox")).toContain("Apply complete!");
  });

  test("the protected variables reached only the jobs of the sandbox environment", () => {
    expect(result.seen).toEqual({
      environments: [],
      "plan sandbox": ["KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET", "PLAN_PASSPHRASE"],
      "apply sandbox": ["KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET", "PLAN_PASSPHRASE"],
    });
  });

  test("the customer gets a token with exactly its audience, azp and roles", () =>
    withLog(async () => {
      const key = await run("npm", ["run", "--silent", "key", "--", ENVIRONMENT, added.clientId, "--json"], repo, {
        ...process.env,
        ...provision("engine", "terraform"),
        KEYCLOAK_CLIENT_ID: keycloak.deployClient.clientId,
        KEYCLOAK_CLIENT_SECRET: keycloak.deployClient.clientSecret,
        CI: undefined,
      });
      expect(key.status).toBe(0);
      const { clientSecret } = JSON.parse(key.output) as { clientSecret: string };
      secretSweep.secret(`customer secret of ${added.clientId}`, clientSecret);
      await expectTokenAsGranted(SANDBOX_URL, REALM, added, clientSecret);
    }));
});

describe("a push that changes no stack: only the reviewed inventory", () => {
  let result: Awaited<ReturnType<typeof pipeline>>;

  beforeAll(async () => {
    const before = git("rev-parse", "HEAD");
    const inventory = path.join(repo, "customers.inventory.json");
    fs.writeFileSync(inventory, `${fs.readFileSync(inventory, "utf8")}\n`);
    git("commit", "-qam", "The inventory only");
    git("push", "-q", "origin", "main");
    // The environments job alone: it writes the deploy pipeline, which is what is checked.
    result = await pipeline("inventory-only", true, ["--variable", "CI_PIPELINE_SOURCE=push", "--variable", `CI_COMMIT_BEFORE_SHA=${before}`, "environments"]);
  });

  test("the deploy pipeline plans and applies nothing: no stack of it is touched", () => {
    expect({ status: result.status, tail: result.status === 0 ? "" : result.output.slice(-8000) }).toEqual({ status: 0, tail: "" });
    const child = fs.readFileSync(path.join(repo, "deploy-pipeline.yml"), "utf8");
    expect(child.split("\n")[1]).toBe("# Only the stacks the change touches.");
    expect(child).not.toMatch(/^ {4}STACKS: /m);
    expect(child).toMatch(/^nothing:$/m);
    expect(result.seen).toEqual({ environments: [] });
  });
});

describe("the scheduled drift check after a hand edit in Keycloak", () => {
  let result: Awaited<ReturnType<typeof pipeline>>;

  beforeAll(async () => {
    const [client] = await keycloak.admin<{ id: string }[]>("GET", `/realms/${REALM}/clients?clientId=${added.clientId}`);
    const current = await keycloak.admin<object>("GET", `/realms/${REALM}/clients/${client!.id}`);
    await keycloak.admin("PUT", `/realms/${REALM}/clients/${client!.id}`, { ...current, directAccessGrantsEnabled: true });
    result = await pipeline("schedule", true, ["--variable", "CI_PIPELINE_SOURCE=schedule"]);
  });

  test("the drift job fails and names the customer and the setting changed by hand", () => {
    expect(result.output).toMatch(/PASS +environments\b/);
    expect(result.output).toMatch(/^ *FAIL +drift sandbox\b/m);
    expect(result.output).not.toMatch(/PASS +test\b/);
    const drift = jobLog(result.output, "drift sandbox");
    expect(drift).toContain(`\`${added.clientId}\``);
    expect(drift).toContain("client: direct_access_grants_enabled");
    // And the keys to act on, from the usage report the same job made: the example's customers
    // never asked for a token here.
    expect(drift).toContain("### Keys to act on");
    expect(drift).toMatch(/^\| `[a-z0-9-]+` \| never used in the last 90 days \| none \| never \|$/m);
  });

  test("only the drift job had the deploy identity", () => {
    expect(result.seen).toEqual({
      environments: [],
      "drift sandbox": ["KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET", "PLAN_PASSPHRASE"],
    });
  });
});
