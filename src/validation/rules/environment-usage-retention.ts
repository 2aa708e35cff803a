import { durationRule, durationSeconds } from "../../definitions/duration";
import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** `usageRetention` is a period Keycloak keeps events for. */
export const environmentUsageRetention: Rule = {
  id: "environment-usage-retention",
  description: 'An environment\'s `usageRetention` is a duration, e.g. `"90d"`.',
  check: (catalog) =>
    environmentEntries(catalog, environmentUsageRetention.id)
      .filter(({ environment }) => environment.usageRetention !== undefined && durationSeconds(environment.usageRetention) === undefined)
      .map(({ environment, problem }) => problem("usageRetention", environment.usageRetention, durationRule("90d"))),
};
