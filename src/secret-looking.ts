/**
 * Recognises text that looks like a credential, so a secret pasted into a definition file is
 * refused and never repeated in a message, a log or the synthesized configuration.
 *
 * A heuristic on purpose: the fields it guards (names, contacts) are short, human text, so
 * anything with a credential's shape is a mistake. Scanners such as secretlint or gitleaks know
 * many vendors' token formats but are built to scan files asynchronously; this check runs inside
 * validation, on a few strings, synchronously, and needs the three shapes below only.
 */

/** `password=...`, `secret: ...`, `api_key=...`, `token=...`: a credential by its label. */
const LABELLED = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential)s?\s*[:=]/i;
/** Well-known prefixes of issued keys and tokens, and PEM blocks. */
const PREFIXED =
  /(-----BEGIN [A-Z ]*PRIVATE KEY|\b(sk|rk|pk)_(live|test)_|\bgh[pousr]_[A-Za-z0-9]{20}|\bglpat-|\bxox[abprs]-|\bAKIA[0-9A-Z]{16}\b|\beyJ[A-Za-z0-9_-]{10,}\.)/;
/** A run of 20+ key characters with upper case, lower case and digits: random, not a word. */
const RANDOM_RUN = /[A-Za-z0-9+/_=-]{20,}/g;

/** True when `text` looks like it holds a credential. */
export function looksLikeSecret(text: string): boolean {
  if (LABELLED.test(text) || PREFIXED.test(text)) return true;
  return (text.match(RANDOM_RUN) ?? []).some((run) => /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run));
}

/** What a message shows instead of a value that looks like a credential. */
export const REDACTED = "(hidden: looks like a secret)";
