import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A customer has a display name; its length and characters are checked by the text rules. */
export const customerName: Rule = {
  id: "customer-name",
  description: "A customer's `name` is non-blank text.",
  check: (catalog) =>
    catalog.customers
      .filter(({ definition }) => typeof definition.name !== "string" || definition.name.trim() === "")
      .map(({ file, definition }) => problemIn(customerName.id, file)("name", definition.name, "must be non-blank text")),
};
