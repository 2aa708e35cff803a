import type { Command } from "commander";
import { applySavedPlan } from "../../operations/apply";

/** `apply <environment>`: applies exactly the saved plan. */
export function applyCommand(cli: Command): void {
  cli
    .command("apply")
    .description("apply exactly the plan `plan` saved, and nothing else")
    .argument("<environment>", "an environment of environments.ts, or one of its stacks")
    .action((environment: string) => {
      process.stdout.write(applySavedPlan(process.cwd(), environment));
    });
}
