import { OpenidClient } from "../.gen/providers/keycloak/openid-client";
import { OpenidClientDefaultScopes } from "../.gen/providers/keycloak/openid-client-default-scopes";
import { OpenidClientOptionalScopes } from "../.gen/providers/keycloak/openid-client-optional-scopes";
import { UserRoles } from "../.gen/providers/keycloak/user-roles";
import { ACCESS_TOKEN_LIFESPAN_SECONDS } from "../src/constructs/customer-client";
import { BUILT_IN_DEFAULT_SCOPES } from "../src/keycloak/default-scopes";
import { customerOf, ordersService } from "./support/catalog";
import { addresses, parse, resource, synthStack } from "./support/synth";

const orders = ordersService();
const CLIENT = "customers_acme-logistics";
// Terraform's built-in resource, written out: the test does not take the type from the code it checks.
const AUTHENTICATOR_TYPE = "terraform_data";

describe("GIVEN a customer granted orders:read", () => {
  const synthesized = synthStack({ services: [orders], customers: [customerOf(orders)] });
  const json = parse(synthesized);
  const client = resource(json, OpenidClient.tfResourceType, CLIENT);

  test("THEN its client is confidential with the service account on: the seed's recipe", () => {
    expect(synthesized).toHaveResourceWithProperties(OpenidClient, {
      client_id: "acme-logistics",
      name: "Acme Logistics",
      access_type: "CONFIDENTIAL",
      service_accounts_enabled: true,
    });
  });

  test("THEN every grant but client credentials is off: browser flows, password, device, token exchange, refresh tokens", () => {
    expect(client).toMatchObject({
      standard_flow_enabled: false,
      implicit_flow_enabled: false,
      direct_access_grants_enabled: false,
      oauth2_device_authorization_grant_enabled: false,
      standard_token_exchange_enabled: false,
      use_refresh_tokens_client_credentials: false,
      consent_required: false,
      frontchannel_logout_enabled: false,
    });
  });

  test("THEN redirect URIs and web origins are set, and set empty, so a hand-added one shows in the next plan", () => {
    expect(client).toMatchObject({ valid_redirect_uris: [], valid_post_logout_redirect_uris: [], web_origins: [] });
  });

  test("THEN it authenticates with its secret, and its tokens live as long as the recipe says, full and not lightweight", () => {
    expect(client).toMatchObject({
      client_authenticator_type: "client-secret",
      access_token_lifespan: String(ACCESS_TOKEN_LIFESPAN_SECONDS),
      extra_config: { "client.use.lightweight.access.token.enabled": "false" },
    });
  });

  test("THEN a terraform_data holds its authenticator, with no keyless field: its creation replaces nothing, a move to a key (the field appears) replaces the client", () => {
    expect(resource(json, AUTHENTICATOR_TYPE, `${CLIENT}_authenticator`)).toEqual({ input: { authenticator: "client-secret" } });
    expect(client.lifecycle).toEqual({ replace_triggered_by: [`${AUTHENTICATOR_TYPE}.${CLIENT}_authenticator.input.keyless`] });
  });

  test("THEN Keycloak generates the secret: none is set in the configuration", () => {
    expect(client).not.toHaveProperty("client_secret");
    expect(client).not.toHaveProperty("client_secret_wo");
  });

  test("THEN full scope is off, so no realm default role reaches the token", () => {
    expect(client.full_scope_allowed).toBe(false);
  });

  test("THEN it is enabled, and without a rotation marker nothing can regenerate its secret", () => {
    expect(client.enabled).toBe(true);
    expect(client).not.toHaveProperty("client_secret_regenerate_when_changed");
  });

  test("THEN nothing is imported: the stack creates its client", () => {
    expect(json).not.toHaveProperty("import");
  });

  test("THEN its default scopes are Keycloak's built-ins plus the service's audience scope", () => {
    expect(synthesized).toHaveResourceWithProperties(OpenidClientDefaultScopes, {
      client_id: `\${keycloak_openid_client.${CLIENT}.id}`,
      default_scopes: [...BUILT_IN_DEFAULT_SCOPES, "${keycloak_openid_client_scope.services_orders-api_audience.name}"],
    });
    expect(BUILT_IN_DEFAULT_SCOPES).toEqual(expect.arrayContaining(["basic", "roles", "service_account"]));
  });

  test("THEN it has no optional scopes to ask for with `scope=`", () => {
    expect(synthesized).toHaveResourceWithProperties(OpenidClientOptionalScopes, {
      client_id: `\${keycloak_openid_client.${CLIENT}.id}`,
      optional_scopes: [],
    });
  });

  test("THEN its service account holds exactly the granted role, and only that: the role list is exhaustive", () => {
    expect(resource(json, UserRoles.tfResourceType, `${CLIENT}_service-account-roles`)).toEqual({
      realm_id: "${keycloak_realm.realm.id}",
      user_id: `\${keycloak_openid_client.${CLIENT}.service_account_user_id}`,
      // A reference, not a literal, so the grant waits for the role to exist.
      role_ids: ["${keycloak_role.services_orders-api_role_orders_read.id}"],
      exhaustive: true,
    });
  });

  test("THEN nothing grants the permission it was not given", () => {
    expect(addresses(json).filter((address) => address.includes("orders_write") && address.includes(CLIENT))).toEqual([]);
  });

  test("THEN its secret is a sensitive output that refers to the client, never a value", () => {
    expect(json.output?.[`${CLIENT}_client-secret`]).toMatchObject({
      sensitive: true,
      value: `\${keycloak_openid_client.${CLIENT}.client_secret}`,
    });
  });
});

describe("GIVEN a customer granted two permissions", () => {
  const json = parse(synthStack({ services: [orders], customers: [customerOf(orders, { grants: [orders.grant("orders:read", "orders:write")] })] }));

  test("THEN its service account holds both roles, in one resource: a customer costs the same resources whatever it is granted", () => {
    expect(resource(json, UserRoles.tfResourceType, `${CLIENT}_service-account-roles`).role_ids).toEqual([
      "${keycloak_role.services_orders-api_role_orders_read.id}",
      "${keycloak_role.services_orders-api_role_orders_write.id}",
    ]);
    expect(addresses(json).filter((address) => address.includes(CLIENT))).toEqual([
      `keycloak_openid_client.${CLIENT}`,
      `keycloak_openid_client_default_scopes.${CLIENT}_default-scopes`,
      `keycloak_openid_client_optional_scopes.${CLIENT}_optional-scopes`,
      `keycloak_user_roles.${CLIENT}_service-account-roles`,
      `terraform_data.${CLIENT}_authenticator`,
    ]);
  });
});

describe("GIVEN a customer whose client exists in Keycloak already, adopted in the sandbox", () => {
  const json = parse(
    synthStack({ services: [orders], customers: [customerOf(orders, { adopt: { sandbox: "0b5c3a52-0000-4000-8000-00000000a11e" } })] }),
  ) as ReturnType<typeof parse> & { import?: unknown };

  test("THEN an import block brings that client, by realm and Keycloak id, into the state instead of creating one", () => {
    expect(json.import).toEqual([{ id: "atlas/0b5c3a52-0000-4000-8000-00000000a11e", to: `keycloak_openid_client.${CLIENT}` }]);
  });

  test("THEN its authenticator's terraform_data is created like any customer's: nothing to import, and its creation replaces nothing", () => {
    expect(resource(json, AUTHENTICATOR_TYPE, `${CLIENT}_authenticator`)).toEqual({ input: { authenticator: "client-secret" } });
    expect(resource(json, OpenidClient.tfResourceType, CLIENT).lifecycle).toEqual({
      replace_triggered_by: [`${AUTHENTICATOR_TYPE}.${CLIENT}_authenticator.input.keyless`],
    });
  });

  test("THEN its settings are the recipe's, so the first deploy converges it", () => {
    expect(resource(json, OpenidClient.tfResourceType, CLIENT)).toMatchObject({
      access_type: "CONFIDENTIAL",
      service_accounts_enabled: true,
      standard_flow_enabled: false,
      full_scope_allowed: false,
    });
  });
});

describe("GIVEN a suspended customer with a rotated secret", () => {
  const json = parse(synthStack({ services: [orders], customers: [customerOf(orders, { enabled: false, secretRotation: "2026-11-29" })] }));

  test("THEN its client is disabled but kept", () => {
    expect(resource(json, OpenidClient.tfResourceType, CLIENT).enabled).toBe(false);
  });

  test("THEN the rotation marker is what the provider watches to regenerate the secret", () => {
    expect(resource(json, OpenidClient.tfResourceType, CLIENT).client_secret_regenerate_when_changed).toEqual({
      rotation: "2026-11-29",
    });
  });
});
