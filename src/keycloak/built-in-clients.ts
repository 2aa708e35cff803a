/**
 * The clients Keycloak creates in every realm: a customer or service declaring one would take
 * over or clash with it, and a role of one (`realm-management` above all) administers the realm.
 * Pinned against the real server in __tests__/integration/keycloak-contract.test.ts.
 */
export const BUILT_IN_CLIENT_IDS: readonly string[] = ["account", "account-console", "admin-cli", "broker", "realm-management", "security-admin-console"];
