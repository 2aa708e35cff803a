/**
 * The events `npm run usage` reads: a token issued to a client, and a client that failed to
 * authenticate (a wrong, rotated-out or expired secret, a suspended key).
 */
export const USAGE_EVENT_TYPES = ["CLIENT_LOGIN", "CLIENT_LOGIN_ERROR"] as const;

/** How long a realm the stack creates keeps those events, when the environment sets no `usageRetention`. */
export const DEFAULT_USAGE_RETENTION = "90d";
