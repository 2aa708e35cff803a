import { durationRule, durationSeconds } from "../../definitions/duration";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * `accessTokenLifespan` is a period Keycloak can hold; its bounds are a policy rule
 * (TOKEN-LIFESPAN-BOUNDS), which a customer may be exempt from with a reason.
 */
export const customerTokenLifespan: Rule = {
  id: "customer-token-lifespan",
  description: 'A customer\'s `accessTokenLifespan` is a whole number and a unit: `"90s"`, `"10m"`, `"1h"`.',
  check: (catalog) =>
    catalog.customers
      .filter(({ definition }) => durationSeconds(definition.accessTokenLifespan) === undefined)
      .map(({ file, definition }) => problemIn(customerTokenLifespan.id, file)("accessTokenLifespan", definition.accessTokenLifespan, durationRule("10m"))),
};
