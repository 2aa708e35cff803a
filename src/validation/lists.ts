/**
 * Helpers for rules over list fields (grants, permissions, environments...). Each check of a list
 * is its own rule: one says the list is there, one that each entry is known, one that none repeats.
 */

/** The entries of a list field; empty when the field is no list (the list's "present" rule reports that). */
export function entriesOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** True when a field is a list with at least one entry. */
export function isNonEmptyList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && value.length > 0;
}

/** The indexes of entries equal to an earlier entry, in order. */
export function repeatedIndexes(values: readonly unknown[]): number[] {
  return values.flatMap((value, index) => (values.indexOf(value) !== index ? [index] : []));
}
