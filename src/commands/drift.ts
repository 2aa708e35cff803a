/**
 * `npm run --silent drift -- <environment or stack> [--json]`: compares Keycloak with the files. Exit 0
 * when they agree; exit 1 with the customers and settings that differ (someone edited Keycloak by
 * hand, or a change was merged and not deployed) for a scheduled pipeline job to fail on.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { formatReview, type ReviewSummary } from "../review/review-summary";
import { OperatorError, runOperatorCommand } from "./operator-command";
import { reviewSavedPlan } from "./review";
import { StackWorkspace } from "./stack-workspace";

const USAGE = "usage: npm run --silent drift -- <environment or stack> [--json]";

/** `undefined` when Keycloak matches the files, else the review of what differs. */
export function detectDrift(root: string, environmentName: string): ReviewSummary | undefined {
  const workspace = new StackWorkspace(root, environmentName);
  workspace.synth();
  workspace.init();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-api-keys-drift-"));
  const planFile = path.join(scratch, "drift.tfplan");
  try {
    const plan = workspace.terraform(
      ["plan", "-input=false", "-no-color", "-lock-timeout=120s", "-detailed-exitcode", `-out=${planFile}`],
      [0, 2],
    );
    return plan.status === 0 ? undefined : reviewSavedPlan(workspace, planFile);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

runOperatorCommand(module, () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new OperatorError(USAGE);
  const drift = detectDrift(process.cwd(), positionals[0]!);
  if (values.json) console.log(JSON.stringify({ drift: drift !== undefined, review: drift ?? null }, null, 2));
  else console.log(drift ? `Keycloak differs from the files:\n\n${formatReview(drift)}` : `No drift: Keycloak matches the files in ${positionals[0]}.`);
  if (drift) process.exitCode = 1;
});
