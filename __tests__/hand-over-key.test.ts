/**
 * `npm run key` without Keycloak: what it refuses before it reads any state. Handing a real key
 * over (stdout and `--out`) is tested against a deploy in integration/customer-lifecycle.test.ts.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runsInCi } from "../src/operations/hand-over-key";
import { exampleFiles, tempProject } from "../testkit/temp-project";
import { INTEGRATION_TEST_CEILING_MS } from "../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
/** Not synthesized, so the command fails at once with this whenever it gets as far as the state. */
const NOT_SYNTHESIZED = "error: cdktf.out/stacks/sandbox is not synthesized; run `npx cdktf synth` (or deploy) first\n";

let root: string;
beforeEach(() => {
  root = tempProject(exampleFiles());
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** The hand-over command as a person or a CI job runs it; `ci` is the child's CI variable (undefined: unset). */
function key(ci: string | undefined, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: ci };
  if (ci === undefined) delete env.CI;
  return spawnSync("npm", ["run", "--silent", "key", "--", ...args], { cwd: root, encoding: "utf8", env });
}

const CLIENT_ID = Object.keys(exampleFiles())
  .find((file) => file.startsWith("clients/"))!
  .replace(/^clients\/(.+)\.ts$/, "$1");

test("fails when it runs in CI without --out: a key must never land in a CI log; refused before any state is read", () => {
  for (const ci of ["true", "1"]) {
    const result = key(ci, "sandbox", CLIENT_ID);
    expect({ ci, status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      ci,
      status: 1,
      stdout: "",
      stderr: `error: refusing to print ${CLIENT_ID}'s secret: CI is set, and a job's output is kept in its log, where a key must never land; pass --out <file> to write it to a new file only this user can read\n`,
    });
    expect(result.stderr).not.toMatch(STACK_TRACE);
  }
});

test("outside CI (CI unset or false) it goes on to the state, which here is not synthesized", () => {
  for (const ci of [undefined, "false"]) {
    const result = key(ci, "sandbox", CLIENT_ID);
    expect({ ci, status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ ci, status: 1, stdout: "", stderr: NOT_SYNTHESIZED });
  }
});

test("runsInCi reads CI as CI services set it", () => {
  expect([undefined, "", " ", "false", "FALSE", "0"].map((CI) => runsInCi({ CI }))).toEqual([false, false, false, false, false, false]);
  expect(["true", "1", "yes", "gitlab"].map((CI) => runsInCi({ CI }))).toEqual([true, true, true, true]);
});

test("fails when the --out file already exists: refused, naming the file, and the file is left as it was", () => {
  const file = path.join(root, "handover.txt");
  fs.writeFileSync(file, "someone else's notes\n", { mode: 0o644 });
  const result = key("true", "sandbox", CLIENT_ID, "--out", file);
  expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
    status: 1,
    stdout: "",
    stderr: `error: ${file} already exists; the hand-over is only written to a new file: choose another name or remove it\n`,
  });
  expect(fs.readFileSync(file, "utf8")).toBe("someone else's notes\n");
  expect(fs.statSync(file).mode & 0o777).toBe(0o644);
});

test("fails when the --out file is a link, even one to nowhere: nothing is written through it", () => {
  const link = path.join(root, "handover.txt");
  const target = path.join(root, "elsewhere.txt");
  fs.symlinkSync(target, link);
  const result = key("true", "sandbox", CLIENT_ID, "--out", link);
  expect({ status: result.status, stderr: result.stderr }).toEqual({
    status: 1,
    stderr: `error: ${link} already exists; the hand-over is only written to a new file: choose another name or remove it\n`,
  });
  expect(fs.existsSync(target)).toBe(false);
});

test("fails when the --out file's folder does not exist, naming the file", () => {
  const file = path.join(root, "no-such-folder", "handover.txt");
  const result = key("true", "sandbox", CLIENT_ID, "--out", file);
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 1, stderr: `error: cannot create ${file} for the hand-over: ENOENT\n` });
});

test("fails when the state cannot be read: the error is the command's, and no hand-over file is left behind", () => {
  const file = path.join(root, "handover.txt");
  const result = key("true", "sandbox", CLIENT_ID, "--out", file);
  expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 1, stdout: "", stderr: NOT_SYNTHESIZED });
  expect(fs.existsSync(file)).toBe(false);
});
