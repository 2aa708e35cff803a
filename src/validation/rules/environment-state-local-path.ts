import * as path from "node:path";
import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/**
 * A local state path is relative to the project root and stays inside it: an absolute one names
 * one machine, and one that climbs out (`../state.tfstate`) lands where another checkout, or
 * another project, keeps its own.
 */
export const environmentStateLocalPath: Rule = {
  id: "environment-state-local-path",
  description: "A local state backend's `path` is relative to the project root and inside it.",
  check: (catalog) =>
    environmentEntries(catalog, environmentStateLocalPath.id).flatMap(({ environment: { state }, problem }) => {
      if (state?.backend !== "local") return [];
      if (typeof state.path !== "string" || state.path === "" || path.isAbsolute(state.path)) {
        return [problem("state.path", state.path, "must be a path relative to the project root")];
      }
      const normalized = path.posix.normalize(state.path.replace(/\\/g, "/"));
      return normalized === ".." || normalized.startsWith("../") || normalized === "."
        ? [problem("state.path", state.path, "must name a file inside the project folder, not climb out of it with ..")]
        : [];
    }),
};
