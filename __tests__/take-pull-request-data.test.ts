/**
 * pipelines/take-pull-request-data.sh, which both pipelines run before a data-only pull request's
 * plan: on a checkout of the base branch, it takes what the pull request changed under clients/,
 * scopes/ and the inventory, and nothing else. Each test builds a real git repository in which main
 * moved on after the pull request branched off.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT_ROOT } from "../testkit/temp-project";

const SCRIPT = path.join(PROJECT_ROOT, "pipelines", "take-pull-request-data.sh");
let repo: string;

function git(...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example", "-c", "commit.gpgsign=false", ...args], {
    cwd: repo,
    encoding: "utf8",
  }).trim();
}
function commit(files: Record<string, string | null>, message: string): string {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(repo, file);
    if (content === null) fs.rmSync(full);
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    }
  }
  git("add", "-A");
  git("commit", "-q", "-m", message);
  return git("rev-parse", "HEAD");
}
/** Every file of the work tree (without .git), with its content. */
function tree(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(repo, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.name === ".git") continue;
      if (entry.isDirectory()) walk(relative);
      else files[relative] = fs.readFileSync(path.join(repo, relative), "utf8");
    }
  };
  walk(".");
  return files;
}

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "take-data-"));
  git("init", "-q", "-b", "main");
  commit(
    {
      "clients/acme.ts": "acme v1\n",
      "clients/globex.ts": "globex v1\n",
      "scopes/orders-api.ts": "orders v1\n",
      "customers.inventory.json": "inventory v1\n",
      "src/plan.ts": "base code\n",
    },
    "base",
  );
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

test("takes the pull request's added, changed and removed data, and keeps what main added since it branched", () => {
  git("checkout", "-q", "-b", "pr");
  const head = commit(
    { "clients/hooli.ts": "hooli v1\n", "clients/acme.ts": "acme v2\n", "clients/globex.ts": null, "customers.inventory.json": "inventory v2\n" },
    "onboard hooli, re-grant acme, remove globex",
  );
  git("checkout", "-q", "main");
  commit({ "clients/initech.ts": "initech v1\n", "src/plan.ts": "main's newer code\n" }, "main moves on");

  execFileSync(SCRIPT, [head], { cwd: repo });

  expect(tree()).toEqual({
    "clients/acme.ts": "acme v2\n",
    "clients/hooli.ts": "hooli v1\n",
    "clients/initech.ts": "initech v1\n",
    "customers.inventory.json": "inventory v2\n",
    "scopes/orders-api.ts": "orders v1\n",
    "src/plan.ts": "main's newer code\n",
  });
});

test("takes nothing outside clients/, scopes/ and the inventory, even when the head changed it", () => {
  git("checkout", "-q", "-b", "pr");
  const head = commit({ "src/plan.ts": "the pull request's code\n", "clients/hooli.ts": "hooli v1\n", "package.json": "{}\n" }, "code and data");
  git("checkout", "-q", "main");

  execFileSync(SCRIPT, [head], { cwd: repo });

  expect(tree()["src/plan.ts"]).toBe("base code\n");
  expect(tree()["package.json"]).toBeUndefined();
  expect(tree()["clients/hooli.ts"]).toBe("hooli v1\n");
});
