/** A period as people write it: a whole number and a unit, `"30s"`, `"15m"`, `"24h"` or `"7d"`. */
export type Duration = `${number}${"s" | "m" | "h" | "d"}`;

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** Seconds of a {@link Duration}; `undefined` for anything that is not one (a number, `"7 days"`, `"1.5h"`, `"0d"`). */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^([1-9]\d{0,9})([smhd])$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}

/** A number of seconds in the largest unit that divides it: 604800 is `"7d"`, 90 is `"90s"`. */
export function formatDuration(seconds: number): Duration {
  for (const unit of ["d", "h", "m"] as const) {
    if (seconds % UNIT_SECONDS[unit] === 0) return `${seconds / UNIT_SECONDS[unit]}${unit}`;
  }
  return `${seconds}s`;
}

/** What a validation rule says of a value that is not a {@link Duration}, with an example of one. */
export function durationRule(example: Duration): string {
  return `must be a whole number above 0 and a unit (s, m, h or d), e.g. "${example}"`;
}
