import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** `enabled` is a boolean: `"false"` from a plain JavaScript file would be truthy and keep the key on. */
export const customerEnabled: Rule = {
  id: "customer-enabled",
  description: "A customer's `enabled` is true or false.",
  check: (catalog) =>
    catalog.customers
      .filter(({ definition }) => typeof definition.enabled !== "boolean")
      .map(({ file, definition }) => problemIn(customerEnabled.id, file)("enabled", definition.enabled, "must be true or false")),
};
