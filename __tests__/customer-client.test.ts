import { GenericRoleMapper } from "../.gen/providers/keycloak/generic-role-mapper";
import { OpenidClient } from "../.gen/providers/keycloak/openid-client";
import { OpenidClientDefaultScopes } from "../.gen/providers/keycloak/openid-client-default-scopes";
import { OpenidClientOptionalScopes } from "../.gen/providers/keycloak/openid-client-optional-scopes";
import { OpenidClientServiceAccountRole } from "../.gen/providers/keycloak/openid-client-service-account-role";
import { BUILT_IN_DEFAULT_SCOPES } from "../src/constructs/customer-client";
import { customerOf, ordersService } from "./support/catalog";
import { addresses, parse, resource, synthStack } from "./support/synth";

const orders = ordersService();
const CLIENT = "customers_acme-logistics";

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

  test("THEN the browser flows and the password grant are off, with no redirect URIs", () => {
    expect(client).toMatchObject({
      standard_flow_enabled: false,
      implicit_flow_enabled: false,
      direct_access_grants_enabled: false,
    });
    expect(client).not.toHaveProperty("valid_redirect_uris");
  });

  test("THEN Keycloak generates the secret: none is set in the configuration", () => {
    expect(client).not.toHaveProperty("client_secret");
    expect(client).not.toHaveProperty("client_secret_wo");
  });

  test("THEN full scope is off, so no realm default role reaches the token", () => {
    expect(client.full_scope_allowed).toBe(false);
  });

  test("THEN it is enabled and its rotation marker is 'initial' by default", () => {
    expect(client.enabled).toBe(true);
    expect(client.client_secret_regenerate_when_changed).toEqual({ rotation: "initial" });
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

  test("THEN the granted role is both in the client's scope and held by its service account", () => {
    expect(resource(json, GenericRoleMapper.tfResourceType, `${CLIENT}_scope_orders-api_orders_read`)).toEqual({
      realm_id: "${keycloak_realm.realm.id}",
      client_id: `\${keycloak_openid_client.${CLIENT}.id}`,
      role_id: "${keycloak_role.services_orders-api_role_orders_read.id}",
    });
    expect(resource(json, OpenidClientServiceAccountRole.tfResourceType, `${CLIENT}_grant_orders-api_orders_read`)).toEqual({
      realm_id: "${keycloak_realm.realm.id}",
      service_account_user_id: `\${keycloak_openid_client.${CLIENT}.service_account_user_id}`,
      client_id: "${keycloak_openid_client.services_orders-api.id}",
      // A reference, not the literal name, so the grant waits for the role to exist.
      role: "${keycloak_role.services_orders-api_role_orders_read.name}",
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
  const json = parse(
    synthStack({ services: [orders], customers: [customerOf(orders, { grants: [orders.grant("orders:read", "orders:write")] })] }),
  );

  test("THEN it gets one scope mapping and one service-account role per permission", () => {
    expect(addresses(json).filter((address) => address.startsWith("keycloak_generic_role_mapper."))).toEqual([
      `keycloak_generic_role_mapper.${CLIENT}_scope_orders-api_orders_read`,
      `keycloak_generic_role_mapper.${CLIENT}_scope_orders-api_orders_write`,
    ]);
    expect(addresses(json).filter((address) => address.startsWith("keycloak_openid_client_service_account_role."))).toEqual([
      `keycloak_openid_client_service_account_role.${CLIENT}_grant_orders-api_orders_read`,
      `keycloak_openid_client_service_account_role.${CLIENT}_grant_orders-api_orders_write`,
    ]);
  });
});

describe("GIVEN a suspended customer with a rotated secret", () => {
  const json = parse(
    synthStack({ services: [orders], customers: [customerOf(orders, { enabled: false, secretRotation: "2026-11-29" })] }),
  );

  test("THEN its client is disabled but kept", () => {
    expect(resource(json, OpenidClient.tfResourceType, CLIENT).enabled).toBe(false);
  });

  test("THEN the rotation marker is what the provider watches to regenerate the secret", () => {
    expect(resource(json, OpenidClient.tfResourceType, CLIENT).client_secret_regenerate_when_changed).toEqual({
      rotation: "2026-11-29",
    });
  });
});
