/**
 * `npm run --silent apply -- <environment or stack>`: applies exactly the plan `npm run plan` saved, and
 * nothing else. Terraform refuses a plan made against a state that has changed since (another
 * deploy ran in between): plan again.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { OperatorError, runOperatorCommand } from "./operator-command";
import { StackWorkspace } from "./stack-workspace";

const USAGE = "usage: npm run --silent apply -- <environment or stack>";

/** Applies the saved plan of `environmentName`; returns Terraform's output. */
export function applySavedPlan(root: string, environmentName: string): string {
  const workspace = new StackWorkspace(root, environmentName);
  if (!fs.existsSync(workspace.planFile)) {
    throw new OperatorError(`no saved plan ${path.relative(root, workspace.planFile)}; run \`npm run plan -- ${environmentName}\` first`);
  }
  workspace.requireSynthesized();
  workspace.init();
  const applied = workspace.terraform(["apply", "-input=false", "-no-color", "-lock-timeout=120s", workspace.planFile]);
  fs.rmSync(workspace.planFile);
  return applied.stdout;
}

runOperatorCommand(module, () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new OperatorError(USAGE);
  process.stdout.write(applySavedPlan(process.cwd(), positionals[0]!));
});
