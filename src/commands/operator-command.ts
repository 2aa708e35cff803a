import { DamagedStateError } from "../stacks/local-states";
import { DefinitionError } from "../validation/problem";

/** A mistake in how an operator command was called, or in what it was asked for: printed plainly, exit 1. */
export class OperatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OperatorError";
  }
}

/** Node's `util.parseArgs` reports unknown or malformed options with these codes. */
const ARGUMENT_ERROR_CODES = new Set([
  "ERR_PARSE_ARGS_UNKNOWN_OPTION",
  "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
  "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
]);

function isUserError(error: unknown): error is Error {
  if (error instanceof OperatorError || error instanceof DefinitionError || error instanceof DamagedStateError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && ARGUMENT_ERROR_CODES.has(code);
}

/**
 * Runs an operator command when its file is the entry point (not when a test imports it).
 * A user's mistake is printed as one message on stderr with exit status 1; anything else is a
 * bug and keeps its stack trace.
 */
export function runOperatorCommand(entry: NodeJS.Module, command: () => void): void {
  if (require.main !== entry) return;
  try {
    command();
  } catch (error) {
    if (!isUserError(error)) throw error;
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  }
}
