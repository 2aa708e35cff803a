import { shown, type PolicyRule } from "../policy-rule";

/** How long an access token may live, as the platform team sets it: long enough to use, short enough to revoke. */
export const TOKEN_LIFESPAN_BOUNDS = { minSeconds: 60, maxSeconds: 3600 } as const;

/** Seconds of a lifespan: a number of seconds (clients) or a Go duration such as `5m0s` (realms). */
function seconds(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || value === "") return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!parts) return Number.NaN;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/** Access-token lifespans set on a client or realm stay within {@link TOKEN_LIFESPAN_BOUNDS}; unset keeps Keycloak's 5 minutes. */
export const tokenLifespanBounds = {
  id: "TOKEN-LIFESPAN-BOUNDS",
  reason: `Access tokens live ${TOKEN_LIFESPAN_BOUNDS.minSeconds} s to ${TOKEN_LIFESPAN_BOUNDS.maxSeconds} s: a stolen token stays useful only briefly.`,
  check: (resource) => {
    if (resource.block !== "resource" || !["keycloak_openid_client", "keycloak_realm"].includes(resource.type)) return [];
    const value = resource.attributes.access_token_lifespan;
    const lifespan = seconds(value);
    if (lifespan === undefined) return [];
    const { minSeconds, maxSeconds } = TOKEN_LIFESPAN_BOUNDS;
    return Number.isNaN(lifespan) || lifespan < minSeconds || lifespan > maxSeconds
      ? [`${shown("access_token_lifespan", value)}: must be ${minSeconds} to ${maxSeconds} seconds`]
      : [];
  },
} satisfies PolicyRule;
