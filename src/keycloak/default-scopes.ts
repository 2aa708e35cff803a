/**
 * The default client scopes Keycloak gives a new service-account client (26.1+; pinned against the
 * real server in __tests__/integration/keycloak-contract.test.ts), kept on every customer client
 * because `keycloak_openid_client_default_scopes` replaces the whole set: `basic` carries `sub`,
 * `roles` carries the granted roles, and without `service_account` Keycloak re-adds it on every
 * update (endless drift). See https://www.keycloak.org/docs/latest/server_admin/#_client_scopes
 */
export const BUILT_IN_DEFAULT_SCOPES: readonly string[] = ["acr", "basic", "email", "profile", "roles", "service_account", "web-origins"];
