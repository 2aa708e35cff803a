import * as path from "node:path";
import type { Rule } from "../rule";
import { environmentEntries, firstClaims } from "../environment-entries";

/**
 * One state per environment: two environments writing one state file (or one S3 object) would
 * each destroy what the other recorded.
 */
export const environmentStateOnce: Rule = {
  id: "environment-state-once",
  description: "No two environments keep their state in the same place (local path, or S3 bucket and key).",
  check: (catalog) => {
    const claim = firstClaims();
    return environmentEntries(catalog, environmentStateOnce.id).flatMap(({ name, environment: { state }, problem }) => {
      const where =
        state?.backend === "local" && typeof state.path === "string"
          ? { field: "state.path", value: state.path, key: `local ${path.posix.normalize(state.path)}` }
          : state?.backend === "s3"
            ? { field: "state.key", value: state.key, key: `s3 ${state.bucket} ${state.key}` }
            : undefined;
      if (where === undefined) return [];
      const owner = claim(where.key, name);
      if (owner === undefined) return [];
      return [problem(where.field, where.value, `is also the state of environment ${owner}; each environment needs its own state`)];
    });
  },
};
