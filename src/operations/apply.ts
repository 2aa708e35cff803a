/**
 * `npm run --silent apply -- <environment or stack>`: applies exactly the plan `npm run plan` saved, and
 * nothing else. Terraform refuses a plan made against a state that has changed since (another
 * deploy ran in between): plan again.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UserError } from "../user-error";
import { StackWorkspace } from "./stack-workspace";
import { LOCK_TIMEOUT_FLAG } from "./terraform-cli";

/** Applies the saved plan of `environmentName`; returns Terraform's output. */
export function applySavedPlan(root: string, environmentName: string): string {
  const workspace = new StackWorkspace(root, environmentName);
  if (!fs.existsSync(workspace.planFile)) {
    throw new UserError(`no saved plan ${path.relative(root, workspace.planFile)}; run \`npm run plan -- ${environmentName}\` first`);
  }
  workspace.requireSynthesized();
  workspace.init();
  const applied = workspace.terraform(["apply", "-input=false", "-no-color", LOCK_TIMEOUT_FLAG, workspace.planFile]);
  fs.rmSync(workspace.planFile);
  return applied.stdout;
}
