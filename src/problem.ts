import { REDACTED, looksLikeSecret } from "./secret-looking";
import { UserReport } from "./user-error";

/** One mistake in a definition file: where it is, what the bad value is, and the rule it breaks. */
export interface Problem {
  /** Project-relative path of the file, e.g. `clients/acme-logistics.ts`. */
  readonly file: string;
  /** The field, as a path into the definition, e.g. `grants[0].permissions[1]`. */
  readonly field: string;
  /** The offending value, shown as JSON. */
  readonly value: unknown;
  /** What is allowed, in words. */
  readonly rule: string;
  /** Stable id of the rule, see the table in docs/rules.md. */
  readonly ruleId: string;
}

const MAX_SHOWN_VALUE = 80;

function show(value: unknown): string {
  if (value === undefined) return "(missing)";
  // A credential pasted into a file must not reach the terminal or a CI log through this message.
  if (typeof value === "string" && looksLikeSecret(value)) return REDACTED;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE - 1)}…` : text;
}

/** `clients/acme.ts: clientId = "Acme": must be ... [client-id-format]` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field} = ${show(problem.value)}: ${problem.rule} [${problem.ruleId}]`;
}

/**
 * Thrown when definition files have mistakes. Carries every problem found, so a person fixes
 * them all in one round; `main.ts` prints them without a stack trace.
 */
export class DefinitionError extends UserReport {
  constructor(readonly problems: readonly Problem[]) {
    super(
      [
        `${problems.length} problem${problems.length === 1 ? "" : "s"} in the customer, service and environment files; nothing was synthesized:`,
        ...problems.map((p) => `  ${formatProblem(p)}`),
      ].join("\n"),
    );
  }
}

/** Makes the problems one rule finds in one file: `problemIn("customer-fields", file)("name", value, "must ...")`. */
export function problemIn(ruleId: string, file: string): (field: string, value: unknown, rule: string) => Problem {
  return (field, value, rule) => ({ file, field, value, rule, ruleId });
}
