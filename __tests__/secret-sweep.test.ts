/**
 * The secret sweep the integration tests end with (testkit/secret-sweep.ts), on artefacts made up
 * here: it finds a secret wherever it was written, even in a file rewritten later, reports the
 * secret's kind and never its value, and leaves the files that hold secrets by design alone.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SecretSweep } from "../testkit/secret-sweep";

const SECRET = "s3cr3t-value-0123456789abcdef";
const CANARY = "canary-admin-00112233445566778899";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "secret-sweep-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, content: string): string {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  return full;
}

test("fails when a secret is in a command's output, naming the secret's kind and the command, never the value", () => {
  const sweep = new SecretSweep();
  sweep.secret("customer secret of acme-logistics", SECRET);
  sweep.secret("deploy identity's client secret (canary admin secret)", CANARY);
  sweep.output("cdktf deploy sandbox", "Apply complete!");
  sweep.output("npm run plan -- sandbox", `client_secret = "${SECRET}"`);
  expect(() => sweep.assertNoLeak()).toThrow(
    "secret sweep: 1 secret(s) found where no secret belongs (2 secrets searched for in 2 artefacts):\n" +
      "  customer secret of acme-logistics in output of npm run plan -- sandbox (#2)",
  );
  let message = "";
  try {
    sweep.assertNoLeak();
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).not.toContain(SECRET);
});

test("fails when a secret was in a project file, even one a later command rewrote", () => {
  const sweep = new SecretSweep();
  sweep.secret("state passphrase (canary)", CANARY);
  const file = write("cdktf.out/stacks/sandbox/cdk.tf.json", `{"passphrase": "${CANARY}"}`);
  sweep.files(root);
  write("cdktf.out/stacks/sandbox/cdk.tf.json", `{"passphrase": "${CANARY}", "again": true}`);
  sweep.files(root);
  sweep.files(root); // unchanged: not recorded again
  write("cdktf.out/stacks/sandbox/cdk.tf.json", "{}");
  sweep.files(root);
  // Reported once for the file, though two of its three versions held it.
  expect(sweep.leaks().leaks).toEqual([{ kind: "state passphrase (canary)", artefact: `file ${file}` }]);
  expect(sweep.leaks().summary).toMatchObject({ secrets: 1, artefacts: 3 });
});

test("fails when a secret is in a file read at the end, such as a server log", () => {
  const sweep = new SecretSweep();
  const log = write("keycloak.log", "starting\n");
  sweep.atEnd("Keycloak server log", log);
  sweep.secret("Keycloak's bootstrap admin password (canary)", CANARY);
  fs.appendFileSync(log, `password=${CANARY}\n`);
  expect(sweep.leaks().leaks).toEqual([{ kind: "Keycloak's bootstrap admin password (canary)", artefact: `Keycloak server log ${log}` }]);
});

test("states, saved plans, provider binaries, the hand-over's --out file and links are not searched; short values are not secrets", () => {
  const sweep = new SecretSweep();
  sweep.secret("customer secret of acme-logistics", SECRET);
  sweep.secret("too short to search for", "abc");
  write("state/sandbox.tfstate", SECRET);
  write("state/sandbox.tfstate.backup", SECRET);
  write("plans/sandbox.tfplan", SECRET);
  write("cdktf.out/stacks/sandbox/.terraform/providers/keycloak/provider", SECRET);
  sweep.exempt(write("handover.txt", SECRET));
  fs.symlinkSync(path.join(root, "handover.txt"), path.join(root, "link"));
  write("clients/acme-logistics.ts", "export default abc;");
  sweep.files(root);
  expect(sweep.leaks()).toEqual({ leaks: [], summary: { secrets: 1, artefacts: 1, bytes: 19, checks: 1 } });
});
