import { durationRule, durationSeconds } from "../../definitions/duration";
import type { Problem } from "../../problem";
import { SECRET_LIFETIME_DEFAULTS } from "../../definitions/environment";
import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/**
 * The longest expiry: Keycloak stores a secret's expiry as 32-bit seconds since 1970, which end
 * in January 2038; five years from now stays inside them until 2033.
 */
export const MAX_SECRET_EXPIRY_DAYS = 1825;

const PERIOD_RULE = durationRule("7d");

/**
 * `secrets` holds two periods Keycloak accepts: each a duration, the expiry at most
 * {@link MAX_SECRET_EXPIRY_DAYS} days, the grace period no longer than the expiry (Keycloak
 * refuses a rotated secret that outlives the current one). Its upper bound for safety is a
 * policy rule, SECRET-GRACE-BOUNDS.
 */
export const environmentSecrets: Rule = {
  id: "environment-secrets",
  description: `An environment's \`secrets.gracePeriod\` and \`secrets.expiresAfter\` are durations ("7d"), the expiry at most ${MAX_SECRET_EXPIRY_DAYS}d and not shorter than the grace period.`,
  check: (catalog) =>
    environmentEntries(catalog, environmentSecrets.id).flatMap(({ environment, problem }) => {
      const secrets: unknown = environment.secrets;
      if (secrets === undefined) return [];
      if (typeof secrets !== "object" || secrets === null || Array.isArray(secrets)) {
        return [problem("secrets", secrets, 'must be an object: { gracePeriod?: "7d", expiresAfter?: "365d" }')];
      }
      const { gracePeriod, expiresAfter } = secrets as Record<string, unknown>;
      const problems: Problem[] = [];
      const grace = durationSeconds(gracePeriod ?? SECRET_LIFETIME_DEFAULTS.gracePeriod);
      const expiry = durationSeconds(expiresAfter ?? SECRET_LIFETIME_DEFAULTS.expiresAfter);
      if (grace === undefined) problems.push(problem("secrets.gracePeriod", gracePeriod, PERIOD_RULE));
      if (expiry === undefined) problems.push(problem("secrets.expiresAfter", expiresAfter, PERIOD_RULE));
      else if (expiry > MAX_SECRET_EXPIRY_DAYS * 86_400) {
        problems.push(
          problem("secrets.expiresAfter", expiresAfter, `must be at most ${MAX_SECRET_EXPIRY_DAYS}d: Keycloak keeps expiry times as 32-bit seconds`),
        );
      }
      if (grace !== undefined && expiry !== undefined && grace > expiry) {
        problems.push(
          problem(
            "secrets.gracePeriod",
            gracePeriod ?? SECRET_LIFETIME_DEFAULTS.gracePeriod,
            `must not be longer than secrets.expiresAfter (${expiresAfter ?? SECRET_LIFETIME_DEFAULTS.expiresAfter})`,
          ),
        );
      }
      return problems;
    }),
};
