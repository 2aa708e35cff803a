/**
 * The saved plan travels from the plan job to the apply job sealed: AES-256-GCM under a key
 * scrypt derives from PLAN_PASSPHRASE, bound to its stack and the commit it was made from. What
 * was changed, sealed with another passphrase, or made from another commit does not open.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sealPlan, sealPlanFile, unsealPlan, unsealPlanFile } from "../src/operations/sealed-plan";
import { UserError } from "../src/user-error";

const PASSPHRASE = "correct horse battery staple";
const COMMIT = "a".repeat(40);
const OTHER_COMMIT = "b".repeat(40);
const PLAN = Buffer.from("PK\u0003\u0004 a saved plan, with the state and every secret in it", "binary");
const sha256 = createHash("sha256").update(PLAN).digest("hex");

describe("a sealed plan", () => {
  const sealed = sealPlan(PLAN, "production", COMMIT, PASSPHRASE);

  test("opens with the passphrase, for its stack and commit, into the same plan and its sha256", () => {
    expect(unsealPlan(sealed, "production", COMMIT, PASSPHRASE)).toEqual({ plan: PLAN, sha256 });
  });

  test("carries the plan's sha256 and commit in the clear, and neither the plan nor the passphrase", () => {
    const file = JSON.parse(sealed) as Record<string, unknown>;
    expect(file).toMatchObject({ stack: "production", commit: COMMIT, planSha256: sha256 });
    expect(sealed).not.toContain("every secret");
    expect(sealed).not.toContain(Buffer.from(PLAN).toString("base64"));
    expect(sealed).not.toContain(PASSPHRASE);
  });

  test("is sealed anew each time: a fresh salt and nonce", () => {
    const again = JSON.parse(sealPlan(PLAN, "production", COMMIT, PASSPHRASE)) as Record<string, string>;
    const first = JSON.parse(sealed) as Record<string, string>;
    expect(again.salt).not.toBe(first.salt);
    expect(again.iv).not.toBe(first.iv);
  });

  test("is refused when one byte of the ciphertext is flipped", () => {
    const file = JSON.parse(sealed) as Record<string, string>;
    const bytes = Buffer.from(file.ciphertext!, "base64");
    bytes.writeUInt8(bytes.readUInt8(7) ^ 0x01, 7);
    const tampered = JSON.stringify({ ...file, ciphertext: bytes.toString("base64") });
    expect(() => unsealPlan(tampered, "production", COMMIT, PASSPHRASE)).toThrow(UserError);
    expect(() => unsealPlan(tampered, "production", COMMIT, PASSPHRASE)).toThrow(
      /does not open: PLAN_PASSPHRASE is not the one it was sealed with, or the file was changed since/,
    );
  });

  test("is refused with a wrong passphrase", () => {
    expect(() => unsealPlan(sealed, "production", COMMIT, "another passphrase, long enough")).toThrow(
      new UserError(
        `the sealed plan (stack production, commit ${COMMIT}) does not open: PLAN_PASSPHRASE is not the one it was sealed with, or the file was changed since`,
      ),
    );
  });

  test("is refused for a different commit, naming both", () => {
    expect(() => unsealPlan(sealed, "production", OTHER_COMMIT, PASSPHRASE)).toThrow(
      new UserError(`the sealed plan was made from commit ${COMMIT}, not ${OTHER_COMMIT} (--commit): it is not the plan of what is being deployed`),
    );
  });

  test("is refused when its header is rewritten to claim another commit: the header is authenticated", () => {
    const file = JSON.parse(sealed) as Record<string, string>;
    const relabelled = JSON.stringify({ ...file, commit: OTHER_COMMIT });
    expect(() => unsealPlan(relabelled, "production", OTHER_COMMIT, PASSPHRASE)).toThrow(/does not open/);
  });

  test("is refused for another stack", () => {
    expect(() => unsealPlan(sealed, "sandbox", COMMIT, PASSPHRASE)).toThrow(
      new UserError("the sealed plan was sealed for stack production, not sandbox; it is not this stack's plan"),
    );
  });

  test("needs a full commit hash", () => {
    expect(() => sealPlan(PLAN, "production", "HEAD", PASSPHRASE)).toThrow(new UserError('--commit is a full commit hash, not "HEAD"'));
  });
});

describe("sealing and unsealing files", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "sealed-plan-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("round trip through files only their owner reads, with PLAN_PASSPHRASE from the environment", () => {
    const env = { PLAN_PASSPHRASE: PASSPHRASE };
    fs.writeFileSync(path.join(dir, "production.tfplan"), PLAN);
    expect(sealPlanFile(path.join(dir, "production.tfplan"), "production", COMMIT, path.join(dir, "sealed", "production.sealed"), env)).toBe(sha256);
    expect(fs.statSync(path.join(dir, "sealed", "production.sealed")).mode & 0o777).toBe(0o600);
    const planFile = path.join(dir, "plans", "production.tfplan");
    expect(unsealPlanFile(path.join(dir, "sealed", "production.sealed"), "production", COMMIT, planFile, env)).toBe(sha256);
    expect(fs.readFileSync(planFile)).toEqual(PLAN);
    expect(fs.statSync(planFile).mode & 0o777).toBe(0o600);
  });

  test("refuses to seal without a passphrase of at least 16 characters", () => {
    fs.writeFileSync(path.join(dir, "production.tfplan"), PLAN);
    expect(() => sealPlanFile(path.join(dir, "production.tfplan"), "production", COMMIT, path.join(dir, "out"), {})).toThrow(
      new UserError("PLAN_PASSPHRASE must be set to at least 16 characters (it is unset or empty)"),
    );
    expect(() => sealPlanFile(path.join(dir, "production.tfplan"), "production", COMMIT, path.join(dir, "out"), { PLAN_PASSPHRASE: "short" })).toThrow(
      new UserError("PLAN_PASSPHRASE must be set to at least 16 characters (it is shorter)"),
    );
  });
});
