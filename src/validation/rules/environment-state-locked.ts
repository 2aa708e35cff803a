import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/**
 * Remote state is locked: two deploys of one environment without a lock can interleave and
 * corrupt the state that holds every customer's secret. terraform 1.5's S3 backend locks through
 * a DynamoDB table (https://developer.hashicorp.com/terraform/language/v1.5.x/settings/backends/s3).
 */
export const environmentStateLocked: Rule = {
  id: "environment-state-locked",
  description: "An S3 state backend names a DynamoDB table for locking.",
  check: (catalog) =>
    environmentEntries(catalog, environmentStateLocked.id).flatMap(({ environment: { state }, problem }) =>
      state?.backend === "s3" && (typeof state.dynamodbTable !== "string" || state.dynamodbTable.trim() === "")
        ? [problem("state.dynamodbTable", state.dynamodbTable, "must name a DynamoDB table: remote state is locked, so two deploys cannot corrupt it")]
        : [],
    ),
};
