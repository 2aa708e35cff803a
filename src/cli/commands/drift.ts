import type { Command } from "commander";
import { detectDrift } from "../../operations/drift";
import { formatReview } from "../../review/review-summary";

/** `drift <environment>`: exit 1 naming customers and settings when Keycloak differs from the files. */
export function driftCommand(cli: Command): void {
  cli
    .command("drift")
    .description("compare Keycloak with the files; exit 1 naming the customers and settings that differ")
    .argument("<environment>", "an environment of environments.ts, or one of its stacks")
    .option("--json", "print the result as JSON")
    .action((environment: string, options: { json?: boolean }) => {
      const drift = detectDrift(process.cwd(), environment);
      if (options.json) console.log(JSON.stringify({ drift: drift !== undefined, review: drift ?? null }, null, 2));
      else console.log(drift ? `Keycloak differs from the files:\n\n${formatReview(drift)}` : `No drift: Keycloak matches the files in ${environment}.`);
      if (drift) process.exitCode = 1;
    });
}
