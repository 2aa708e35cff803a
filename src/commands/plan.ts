/**
 * `npm run --silent plan -- <environment or stack>`: synthesizes, plans the environment and saves the plan
 * to `plans/<environment>.tfplan` for `npm run apply`, then prints the review (`npm run review`).
 * The saved plan holds the state, and so every secret: keep it where the state is kept.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { formatReview } from "../review/review-summary";
import { OperatorError, runOperatorCommand } from "./operator-command";
import { reviewSavedPlan } from "./review";
import { StackWorkspace } from "./stack-workspace";

const USAGE = "usage: npm run --silent plan -- <environment or stack> [--json]";

/** Plans `environmentName` and saves the plan; returns its review. */
export function planEnvironment(root: string, environmentName: string) {
  const workspace = new StackWorkspace(root, environmentName);
  workspace.synth();
  workspace.init();
  fs.mkdirSync(path.dirname(workspace.planFile), { recursive: true });
  workspace.terraform(["plan", "-input=false", "-no-color", "-lock-timeout=120s", `-out=${workspace.planFile}`]);
  return reviewSavedPlan(workspace);
}

runOperatorCommand(module, () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new OperatorError(USAGE);
  const review = planEnvironment(process.cwd(), positionals[0]!);
  console.log(values.json ? JSON.stringify(review, null, 2) : formatReview(review));
});
