import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** An S3 backend names its bucket, key and region; credentials come from the AWS_* chain. */
export const environmentStateS3: Rule = {
  id: "environment-state-s3",
  description: "An S3 state backend has a bucket, a key and a region.",
  check: (catalog) =>
    environmentEntries(catalog, environmentStateS3.id).flatMap(({ environment: { state }, problem }) =>
      state?.backend === "s3"
        ? (["bucket", "key", "region"] as const)
            .filter((key) => typeof state[key] !== "string" || state[key] === "")
            .map((key) => problem(`state.${key}`, state[key], "must be non-empty"))
        : [],
    ),
};
