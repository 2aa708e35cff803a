/**
 * `npm run --silent drift -- <environment or stack> [--json]`: compares Keycloak with the files. Exit 0
 * when they agree; exit 1 with the customers and settings that differ (someone edited Keycloak by
 * hand, or a change was merged and not deployed) for a scheduled pipeline job to fail on.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { ReviewSummary } from "../review/review-summary";
import { reviewSavedPlan } from "./review";
import { StackWorkspace } from "./stack-workspace";
import { LOCK_TIMEOUT_FLAG } from "./terraform-cli";

/** `undefined` when Keycloak matches the files, else the review of what differs. */
export function detectDrift(root: string, environmentName: string): ReviewSummary | undefined {
  const workspace = new StackWorkspace(root, environmentName);
  workspace.synth();
  workspace.init();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-api-keys-drift-"));
  const planFile = path.join(scratch, "drift.tfplan");
  try {
    const plan = workspace.terraform(["plan", "-input=false", "-no-color", LOCK_TIMEOUT_FLAG, "-detailed-exitcode", `-out=${planFile}`], [0, 2]);
    return plan.status === 0 ? undefined : reviewSavedPlan(workspace, planFile);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
