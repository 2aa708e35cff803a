import type { Command } from "commander";
import { changesBetween, decideChangeKind, formatDecision } from "../../operations/change-kind";

/** `change-kind --base <rev>`: is a change data only, or does it touch code? */
export function changeKindCommand(cli: Command): void {
  cli
    .command("change-kind")
    .description("tell whether a change is data only (customers, services, the inventory, snapshots) or touches code")
    .requiredOption("--base <git rev>", "the branch the change goes into; compared from the merge base, as a pull request is")
    .option("--head <git rev>", "the change's last commit", "HEAD")
    .option("--json", "print the decision as JSON")
    .action((options: { base: string; head: string; json?: boolean }) => {
      const decision = decideChangeKind(changesBetween(process.cwd(), options.base, options.head));
      console.log(options.json ? JSON.stringify(decision) : formatDecision(decision));
    });
}
