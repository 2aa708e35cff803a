import type { Command } from "commander";
import { reviewSavedPlan } from "../../operations/review";
import { StackWorkspace } from "../../operations/stack-workspace";
import { formatReview } from "../../review/review-summary";

/** `review <environment>`: the review of the plan `plan` saved. */
export function reviewCommand(cli: Command): void {
  cli
    .command("review")
    .description("print the review of the plan `plan` saved: per customer and service, what changes")
    .argument("<environment>", "an environment of environments.ts, or one of its stacks")
    .option("--json", "print the review as JSON")
    .action((environment: string, options: { json?: boolean }) => {
      const review = reviewSavedPlan(new StackWorkspace(process.cwd(), environment));
      console.log(options.json ? JSON.stringify(review, null, 2) : formatReview(review));
    });
}
