import { Command, CommanderError } from "commander";
import { UserError } from "../user-error";
import { COMMANDS } from "./commands/index";

/** The program with every command, for `runCli` and for tests that read its help. */
export function program(): Command {
  const cli = new Command("keycloak-api-keys")
    .description("Keycloak API keys as code: one confidential service-account client per customer, audience scopes per service.")
    .showHelpAfterError("(add --help for usage)")
    .exitOverride();
  for (const command of COMMANDS) command(cli);
  return cli;
}

/**
 * Runs one command line. A {@link UserError} (a mistake in a file, an argument or a request) is
 * printed once, as its report, without a stack trace, with exit status 1; a mistake in the command
 * line itself is printed by the parser, with a hint to `--help`, also with exit status 1.
 */
export async function runCli(args: readonly string[]): Promise<void> {
  await reportingUserErrors(async () => {
    try {
      await program().parseAsync([...args], { from: "user" });
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error;
      // Help ends here too, with status 0; the parser printed what it had to say.
      process.exitCode = error.exitCode;
    }
  });
}

/**
 * Runs `work`; a {@link UserError} it throws is printed once, as its report, with exit status 1.
 * Anything else is a bug and keeps its stack trace. The app cdktf runs (`main.ts`) uses it too.
 */
export async function reportingUserErrors(work: () => void | Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(error.report());
    process.exitCode = 1;
  }
}
