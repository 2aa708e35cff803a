import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** Enough words for a reviewer to judge the exception. */
const MIN_REASON_LENGTH = 20;

/** A suppression says why, in words a reviewer can judge. */
export const customerSuppressionReason: Rule = {
  id: "customer-suppression-reason",
  description: `Each of a customer's suppressions has a written reason of at least ${MIN_REASON_LENGTH} characters.`,
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const suppressions: unknown = definition.suppressions;
      if (!Array.isArray(suppressions)) return [];
      return suppressions.flatMap((suppression: unknown, index) => {
        const reason = (suppression as { reason?: unknown } | null)?.reason;
        return typeof reason === "string" && reason.trim().length >= MIN_REASON_LENGTH
          ? []
          : [
              problemIn(customerSuppressionReason.id, file)(
                `suppressions[${index}].reason`,
                reason,
                `must say why in at least ${MIN_REASON_LENGTH} characters`,
              ),
            ];
      });
    }),
};
