/**
 * A mistake of the person running a command or writing a file, as opposed to a bug: the CLI
 * prints its {@link UserError.report} once, without a stack trace, and exits 1. Every error a
 * user can cause extends it; anything else keeps its stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }

  /** What the CLI prints: `error: <message>`, or a list of problems as it stands. */
  report(): string {
    return `error: ${this.message}`;
  }
}

/** A user error whose message is already a report (a heading and a list of problems), printed as it is. */
export class UserReport extends UserError {
  override report(): string {
    return this.message;
  }
}
