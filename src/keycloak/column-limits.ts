/**
 * What Keycloak 26 keeps in a bounded column, and how long it may be. Read from its JPA entities
 * and Liquibase changelogs (CLIENT.NAME, CLIENT.DESCRIPTION, CLIENT_SCOPE.NAME,
 * CLIENT_SCOPE.DESCRIPTION, KEYCLOAK_ROLE.NAME and KEYCLOAK_ROLE.DESCRIPTION are VARCHAR(255);
 * client attribute values are unbounded text, so no attribute the stack sends has a limit) and
 * pinned against the real server in __tests__/integration/keycloak-contract.test.ts. REALM.NAME
 * holds 255 too, but creating a realm stores longer names derived from it: 237 is the longest name
 * Keycloak 26.7 creates a realm with (found by that test; 238 fails with an HTTP 500).
 */
export const KEYCLOAK_COLUMN_LIMITS = {
  "client name": 255,
  "client description": 255,
  "client scope name": 255,
  "client scope description": 255,
  "role name": 255,
  "role description": 255,
  "realm name": 237,
} as const;

/** A bounded Keycloak column. */
export type KeycloakColumn = keyof typeof KEYCLOAK_COLUMN_LIMITS;
