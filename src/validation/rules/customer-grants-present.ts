import { isNonEmptyList } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A customer without a grant would get a key that opens nothing. */
export const customerGrantsPresent: Rule = {
  id: "customer-grants-present",
  description: "A customer is granted at least one service.",
  check: (catalog) =>
    catalog.customers
      .filter(({ definition }) => !isNonEmptyList(definition.grants))
      .map(({ file, definition }) =>
        problemIn(customerGrantsPresent.id, file)(
          "grants",
          definition.grants,
          'must grant at least one service, e.g. `grants: [ordersApi.grant("orders:read")]`',
        ),
      ),
};
