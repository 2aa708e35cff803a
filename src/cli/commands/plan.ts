import type { Command } from "commander";
import { planEnvironment } from "../../operations/plan";
import { formatReview } from "../../review/review-summary";

/** `plan <environment>`: synthesize, plan, save the plan for `apply`, print the review. */
export function planCommand(cli: Command): void {
  cli
    .command("plan")
    .description("synthesize and plan an environment (or one of its stacks), save the plan for `apply`, print the review")
    .argument("<environment>", "an environment of environments.ts, or one of its stacks")
    .option("--json", "print the review as JSON")
    .action((environment: string, options: { json?: boolean }) => {
      const review = planEnvironment(process.cwd(), environment);
      console.log(options.json ? JSON.stringify(review, null, 2) : formatReview(review));
    });
}
