/**
 * `seal-plan <stack> --commit <sha> --out <file>` / `unseal-plan <stack> --commit <sha> --in <file>`:
 * carries a saved plan from the pipeline job that made it (and whose review was read) to the job
 * that applies it. The plan holds the state, and so every secret, and it decides what the apply
 * does: it travels encrypted and authenticated, bound to the stack and the commit it was made from.
 *
 * AES-256-GCM (node:crypto), the key derived by scrypt from PLAN_PASSPHRASE with a random salt. The
 * file is JSON: the header (format, stack, commit, the plan's sha256, scrypt's parameters) is the
 * cipher's additional data, so changing any of it, or one byte of the ciphertext, fails the tag.
 * Unsealing refuses a file sealed for another stack or commit, and prints the plan's sha256, the
 * same the seal printed beside the review.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserError } from "../user-error";

const FORMAT = "keycloak-api-keys sealed plan v1";
/** scrypt's cost: about 0.1 s and 32 MiB once per job, nothing next to a plan. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const SCRYPT_MAXMEM = 64 * 1024 * 1024;
const MIN_PASSPHRASE = 16;
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** What is bound to the ciphertext, readable without the passphrase. */
interface SealHeader {
  readonly format: string;
  readonly stack: string;
  readonly commit: string;
  readonly planSha256: string;
  readonly scrypt: { readonly N: number; readonly r: number; readonly p: number };
}

interface SealedFile extends SealHeader {
  readonly salt: string;
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

/** The passphrase from the environment; refuses a missing or short one. */
export function planPassphrase(env: NodeJS.ProcessEnv = process.env): string {
  const passphrase = env.PLAN_PASSPHRASE ?? "";
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new UserError(`PLAN_PASSPHRASE must be set to at least ${MIN_PASSPHRASE} characters (it is ${passphrase === "" ? "unset or empty" : "shorter"})`);
  }
  return passphrase;
}

function requireCommit(commit: string): void {
  if (!COMMIT.test(commit)) throw new UserError(`--commit is a full commit hash, not ${JSON.stringify(commit)}`);
}

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The header as the cipher's additional data: its fields in a fixed order. */
function additionalData(header: SealHeader): Buffer {
  const { format, stack, commit, planSha256, scrypt } = header;
  return Buffer.from(JSON.stringify([format, stack, commit, planSha256, scrypt.N, scrypt.r, scrypt.p]), "utf8");
}

function key(passphrase: string, salt: Buffer, scrypt: SealHeader["scrypt"]): Buffer {
  return scryptSync(passphrase, salt, 32, { ...scrypt, maxmem: SCRYPT_MAXMEM });
}

/** Seals `plan` for `stack` made at `commit`; returns the sealed file's text. */
export function sealPlan(plan: Buffer, stack: string, commit: string, passphrase: string): string {
  requireCommit(commit);
  const header: SealHeader = { format: FORMAT, stack, commit, planSha256: sha256(plan), scrypt: SCRYPT };
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(passphrase, salt, SCRYPT), iv);
  cipher.setAAD(additionalData(header));
  const ciphertext = Buffer.concat([cipher.update(plan), cipher.final()]);
  const sealed: SealedFile = {
    ...header,
    salt: salt.toString("base64"),
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    ciphertext: ciphertext.toString("base64"),
  };
  return `${JSON.stringify(sealed)}\n`;
}

function parseSealed(text: string, source: string): SealedFile {
  let sealed: Partial<SealedFile>;
  try {
    sealed = JSON.parse(text) as Partial<SealedFile>;
  } catch {
    throw new UserError(`${source} is not a sealed plan (not JSON)`);
  }
  const strings = ["stack", "commit", "planSha256", "salt", "iv", "tag", "ciphertext"] as const;
  if (sealed?.format !== FORMAT || strings.some((field) => typeof sealed[field] !== "string") || typeof sealed.scrypt !== "object" || sealed.scrypt === null) {
    throw new UserError(`${source} is not a sealed plan of this project (${FORMAT})`);
  }
  return sealed as SealedFile;
}

/**
 * Opens a sealed plan for `stack` at `commit`: the plan and its sha256. Refuses one sealed for
 * another stack or commit, and one whose tag fails (a wrong passphrase, or any byte changed).
 */
export function unsealPlan(text: string, stack: string, commit: string, passphrase: string, source = "the sealed plan"): { plan: Buffer; sha256: string } {
  requireCommit(commit);
  const sealed = parseSealed(text, source);
  if (sealed.stack !== stack) throw new UserError(`${source} was sealed for stack ${sealed.stack}, not ${stack}; it is not this stack's plan`);
  if (sealed.commit !== commit) {
    throw new UserError(`${source} was made from commit ${sealed.commit}, not ${commit} (--commit): it is not the plan of what is being deployed`);
  }
  const { N, r, p } = sealed.scrypt;
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0) || N > 2 ** 20 || r > 32 || p > 16) {
    throw new UserError(`${source} asks for scrypt parameters this project does not use`);
  }
  let plan: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(passphrase, Buffer.from(sealed.salt, "base64"), { N, r, p }), Buffer.from(sealed.iv, "base64"));
    decipher.setAAD(additionalData(sealed));
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
    plan = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, "base64")), decipher.final()]);
  } catch {
    throw new UserError(
      `${source} (stack ${sealed.stack}, commit ${sealed.commit}) does not open: PLAN_PASSPHRASE is not the one it was sealed with, or the file was changed since`,
    );
  }
  const digest = sha256(plan);
  // The tag already vouches for the header; this catches a sealing bug, not an attacker.
  if (digest !== sealed.planSha256) throw new UserError(`${source}'s plan has sha256 ${digest}, not the ${sealed.planSha256} it was sealed with`);
  return { plan, sha256: digest };
}

/** Seals the saved plan file `planFile` into `out` (a new file only its owner reads); returns the plan's sha256. */
export function sealPlanFile(planFile: string, stack: string, commit: string, out: string, env: NodeJS.ProcessEnv = process.env): string {
  const passphrase = planPassphrase(env);
  if (!fs.existsSync(planFile)) throw new UserError(`no saved plan ${planFile}; run \`npm run plan -- ${stack}\` first`);
  const plan = fs.readFileSync(planFile);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, sealPlan(plan, stack, commit, passphrase), { mode: 0o600 });
  return sha256(plan);
}

/** Unseals `sealedFile` into the saved plan file `planFile` (only its owner reads it); returns the plan's sha256. */
export function unsealPlanFile(sealedFile: string, stack: string, commit: string, planFile: string, env: NodeJS.ProcessEnv = process.env): string {
  const passphrase = planPassphrase(env);
  if (!fs.existsSync(sealedFile)) throw new UserError(`no sealed plan ${sealedFile}`);
  const { plan, sha256: digest } = unsealPlan(fs.readFileSync(sealedFile, "utf8"), stack, commit, passphrase, sealedFile);
  fs.mkdirSync(path.dirname(planFile), { recursive: true });
  fs.rmSync(planFile, { force: true });
  fs.writeFileSync(planFile, plan, { mode: 0o600 });
  return digest;
}
