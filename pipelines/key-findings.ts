/**
 * The keys a usage report (`npm run --silent usage -- <env> --json`) says someone has to act on, for
 * the drift issue (every finding) and the pull request's review (secrets that expire soon or have).
 */
import * as fs from "node:fs";
import type { KeyUsage, UsageReport } from "../src/operations/key-usage";
import { UserError } from "../src/user-error";

/** Reads what `usage --json` wrote; a file that is not that (the report failed) is an error. */
export function readUsageReport(file: string): UsageReport {
  let report: UsageReport;
  try {
    report = JSON.parse(fs.readFileSync(file, "utf8")) as UsageReport;
  } catch {
    throw new UserError(`${file} is not what \`usage --json\` prints: the usage report failed, see its log`);
  }
  if (!Array.isArray(report?.keys)) throw new UserError(`${file} is not what \`usage --json\` prints`);
  return report;
}

/** A finding about the secret's expiry, not about use. */
const EXPIRY_FINDING = /^(expired|expires soon)\b/;

/**
 * The keys with findings: every finding (expired, expiring soon, dormant, never used), or with
 * `expiryOnly` the expiry findings alone.
 */
export function keysToActOn(usage: UsageReport | undefined, { expiryOnly = false } = {}): KeyUsage[] {
  const keys = (usage?.keys ?? []).map((key) => (expiryOnly ? { ...key, findings: key.findings.filter((finding) => EXPIRY_FINDING.test(finding)) } : key));
  return keys.filter((key) => key.findings.length > 0);
}

/** The keys as a Markdown table: customer, findings, last token, expiry. */
export function keysTable(keys: readonly KeyUsage[]): string[] {
  return [
    "| customer | findings | last token | secret expires |",
    "| --- | --- | --- | --- |",
    ...keys.map((key) => `| \`${key.clientId}\` | ${key.findings.join("; ")} | ${key.lastToken ?? "none"} | ${key.secretExpires ?? "never"} |`),
  ];
}
