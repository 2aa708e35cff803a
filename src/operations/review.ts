/**
 * `npm run --silent review -- <environment or stack> [--json]`: the saved plan of an environment as a
 * review summary, grouped by customer and service, in Markdown for a pull-request comment or as
 * JSON. Reads `plans/<environment>.tfplan` through `terraform show -json`; prints no secret.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { SECRET_LIFETIME_DEFAULTS } from "../definitions/environment";
import type { PlanJson } from "../review/plan-json";
import { reviewPlan, type ReviewSummary } from "../review/review-summary";
import { UserError } from "../user-error";
import { StackWorkspace } from "./stack-workspace";

/** The review of a workspace's saved plan. */
export function reviewSavedPlan(workspace: StackWorkspace, planFile = workspace.planFile): ReviewSummary {
  if (!fs.existsSync(planFile)) {
    throw new UserError(`no saved plan ${path.relative(workspace.root, planFile)}; run \`npm run plan -- ${workspace.stackName}\` first`);
  }
  workspace.init();
  const shown = workspace.terraform(["show", "-json", "-no-color", planFile]);
  const { secrets } = workspace.environment;
  return reviewPlan(workspace.stackName, JSON.parse(shown.stdout) as PlanJson, {
    secretGrace: secrets ? (secrets.gracePeriod ?? SECRET_LIFETIME_DEFAULTS.gracePeriod) : undefined,
  });
}
