import { type Command, InvalidArgumentError } from "commander";
import { formatUsage, keyUsage } from "../../operations/key-usage";

/** A whole number of days, as an option's value. */
function days(value: string): number {
  if (!/^[1-9]\d{0,4}$/.test(value)) throw new InvalidArgumentError("must be a whole number of days from 1");
  return Number(value);
}

/** `usage <environment>`: per customer, last token, tokens and failures, keys never used, dormant or expiring. */
export function usageCommand(cli: Command): void {
  cli
    .command("usage")
    .description("report each customer's key: last token, tokens and failed attempts, keys never used, dormant or expiring soon")
    .argument("<environment>", "an environment of environments.ts")
    .option("--window-days <days>", "count tokens and failed attempts over this many days", days, 30)
    .option("--dormant-days <days>", "a key with no token for this many days is dormant", days, 90)
    .option("--expiring-days <days>", "list secrets that expire within this many days", days, 30)
    .option("--json", "print the report as JSON")
    .action(async (environmentName: string, options: { windowDays: number; dormantDays: number; expiringDays: number; json?: boolean }) => {
      const report = await keyUsage(process.cwd(), environmentName, options);
      console.log(options.json ? JSON.stringify(report, null, 2) : formatUsage(report));
    });
}
