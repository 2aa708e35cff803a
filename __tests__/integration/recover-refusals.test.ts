/**
 * What `npm run recover` refuses, with the real terraform and no Keycloak (it refuses before
 * calling it): importing customer clients into a state that records nothing, where the next
 * deploy would replace them with new secrets; and a damaged state with no whole backup.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { environmentsPointedAt, exampleFiles, tempProject } from "../../testkit/temp-project";
import { provision } from "../../testkit/toolchain";
import { synthesizeProject } from "../../src/run-project";
import { environments } from "../../environments";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

let root: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  env = { ...process.env, ...provision("engine"), KEYCLOAK_CLIENT_ID: "admin-cli", KEYCLOAK_USER: "admin", KEYCLOAK_PASSWORD: "not-used" };
});

beforeEach(() => {
  root = tempProject({ ...exampleFiles(), "environments.ts": environmentsPointedAt("http://127.0.0.1:1") });
  fs.mkdirSync(path.join(root, "state"));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function recover(): { status: number; output: string } {
  const result = spawnSync("npm", ["run", "--silent", "recover", "--", "sandbox"], { cwd: root, encoding: "utf8", env });
  return { status: result.status ?? -1, output: result.stdout + result.stderr };
}

const stateFile = () => path.join(root, "state", "sandbox.tfstate");

test("a state that records no resource (lost or new): nothing is imported, and the message says why", () => {
  synthesizeProject({ root, environments, outdir: path.join(root, "cdktf.out") });
  const empty = JSON.stringify({
    version: 4,
    terraform_version: "1.5.7",
    serial: 1,
    lineage: "0f0e0d0c-0000-4000-8000-000000000002",
    outputs: {},
    resources: [],
  });
  fs.writeFileSync(stateFile(), empty);
  expect(recover()).toEqual({
    status: 1,
    output: expect.stringMatching(/^error: the state of sandbox records no resource: .*Nothing was imported\.\n$/s),
  });
  expect(fs.readFileSync(stateFile(), "utf8")).toBe(empty);
});

test("a damaged state without a whole backup: restored from nothing, it says to put back a copy", () => {
  fs.writeFileSync(stateFile(), "");
  const result = recover();
  expect(result.status).toBe(1);
  expect(result.output).toContain(
    "state/sandbox.tfstate: empty, as a deploy killed while Terraform rewrote it leaves it. state/sandbox.tfstate.backup is missing or damaged too",
  );
  expect(result.output).not.toMatch(/\n\s+at /);
});
