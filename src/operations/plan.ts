/**
 * `npm run --silent plan -- <environment or stack>`: synthesizes, plans the environment and saves the plan
 * to `plans/<environment>.tfplan` for `npm run apply`, then prints the review (`npm run review`).
 * The saved plan holds the state, and so every secret: keep it where the state is kept.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { reviewSavedPlan } from "./review";
import { StackWorkspace } from "./stack-workspace";
import { LOCK_TIMEOUT_FLAG } from "./terraform-cli";

/** Plans `environmentName` and saves the plan; returns its review. */
export function planEnvironment(root: string, environmentName: string) {
  const workspace = new StackWorkspace(root, environmentName);
  workspace.synth();
  workspace.init();
  fs.mkdirSync(path.dirname(workspace.planFile), { recursive: true });
  workspace.terraform(["plan", "-input=false", "-no-color", LOCK_TIMEOUT_FLAG, `-out=${workspace.planFile}`]);
  return reviewSavedPlan(workspace);
}
