import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** A local state path is relative to the project root: an absolute one names one machine. */
export const environmentStateLocalPath: Rule = {
  id: "environment-state-local-path",
  description: "A local state backend's `path` is relative to the project root.",
  check: (catalog) =>
    environmentEntries(catalog, environmentStateLocalPath.id).flatMap(({ environment: { state }, problem }) =>
      state?.backend === "local" && (typeof state.path !== "string" || state.path === "" || state.path.startsWith("/"))
        ? [problem("state.path", state.path, "must be a path relative to the project root")]
        : [],
    ),
};
