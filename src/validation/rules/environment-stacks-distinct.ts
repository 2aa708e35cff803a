import { stackNamesOf } from "../../stacks/customer-shards";
import type { Rule } from "../rule";
import { environmentEntries, firstClaims } from "../environment-entries";

/**
 * Every stack of every environment has its own name: an environment named like another's base or
 * shard stack (`sandbox-base`, `sandbox-customers-0`) would make two stacks of one name, which
 * the construct tree refuses with a stack trace, and whose states and folders would collide.
 */
export const environmentStacksDistinct: Rule = {
  id: "environment-stacks-distinct",
  description: "No two environments have a stack of the same name (an environment named like another's base or shard stack).",
  check: (catalog) => {
    const claim = firstClaims();
    return environmentEntries(catalog, environmentStacksDistinct.id).flatMap(({ name, environment, problem }) =>
      stackNamesOf(name, environment).flatMap((stack) => {
        const owner = claim(stack, name);
        if (owner === undefined) return [];
        return [problem("(stacks)", stack, `is also a stack of environment ${owner}; rename ${name} or ${owner} so their stacks have different names`)];
      }),
    );
  },
};
