import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** Most shards an environment may have: each is a stack with its own state and init. */
export const MAX_CUSTOMER_SHARDS = 256;

/**
 * A shard count is a whole number of stacks. State encryption is per stack and the base stack
 * reads the one-stack state to check it is empty, which an encrypted state would need its
 * passphrase for: shards and encryption are not combined yet.
 */
export const environmentCustomerShards: Rule = {
  id: "environment-customer-shards",
  description: `An environment's \`customerShards\` is a whole number from 1 to ${MAX_CUSTOMER_SHARDS}, and not combined with state encryption.`,
  check: (catalog) =>
    environmentEntries(catalog, environmentCustomerShards.id).flatMap(({ environment, problem }) => {
      const shards: unknown = environment.customerShards;
      if (shards === undefined) return [];
      if (typeof shards !== "number" || !Number.isInteger(shards) || shards < 1 || shards > MAX_CUSTOMER_SHARDS) {
        return [problem("customerShards", shards, `must be a whole number from 1 to ${MAX_CUSTOMER_SHARDS}`)];
      }
      if (shards > 1 && environment.state?.encryption !== undefined) {
        return [problem("customerShards", shards, "cannot be combined with state.encryption yet: use 1 (one stack) for an encrypted state")];
      }
      return [];
    }),
};
