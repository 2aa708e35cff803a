import { DataKeycloakOpenidClient } from "../.gen/providers/keycloak/data-keycloak-openid-client";
import { DataKeycloakRole } from "../.gen/providers/keycloak/data-keycloak-role";
import { GenericRoleMapper } from "../.gen/providers/keycloak/generic-role-mapper";
import { OpenidAudienceProtocolMapper } from "../.gen/providers/keycloak/openid-audience-protocol-mapper";
import { OpenidClient } from "../.gen/providers/keycloak/openid-client";
import { OpenidClientScope } from "../.gen/providers/keycloak/openid-client-scope";
import { Role } from "../.gen/providers/keycloak/role";
import { ordersService } from "./support/catalog";
import { addresses, parse, resource, synthStack } from "./support/synth";

describe("GIVEN a service whose client the stack manages", () => {
  const synthesized = synthStack({ services: [ordersService()] });
  const json = parse(synthesized);

  test("THEN its client can receive tokens but get none: every flow and the service account are off", () => {
    expect(resource(json, OpenidClient.tfResourceType, "services_orders-api")).toMatchObject({
      client_id: "orders-api",
      access_type: "CONFIDENTIAL",
      standard_flow_enabled: false,
      implicit_flow_enabled: false,
      direct_access_grants_enabled: false,
      service_accounts_enabled: false,
    });
  });

  test("THEN each permission is a client role of the service's client", () => {
    for (const permission of ["orders:read", "orders:write"]) {
      expect(synthesized).toHaveResourceWithProperties(Role, {
        client_id: "${keycloak_openid_client.services_orders-api.id}",
        name: permission,
      });
    }
  });

  test("THEN an audience scope puts the service's clientId into aud of access tokens only", () => {
    expect(synthesized).toHaveResourceWithProperties(OpenidClientScope, { name: "orders-api-audience" });
    expect(resource(json, OpenidAudienceProtocolMapper.tfResourceType, "services_orders-api_audience-mapper")).toMatchObject({
      client_scope_id: "${keycloak_openid_client_scope.services_orders-api_audience.id}",
      add_to_access_token: true,
      add_to_id_token: false,
    });
  });

  test("THEN the audience mapper refers to the client, so it waits for the client to exist", () => {
    expect(resource(json, OpenidAudienceProtocolMapper.tfResourceType, "services_orders-api_audience-mapper").included_client_audience).toBe(
      "${keycloak_openid_client.services_orders-api.client_id}",
    );
  });

  test("THEN every role of the service is in the audience scope's scope, so full-scope-off customers can receive them", () => {
    for (const permission of ["orders_read", "orders_write"]) {
      expect(resource(json, GenericRoleMapper.tfResourceType, `services_orders-api_audience_${permission}`)).toEqual({
        realm_id: "${keycloak_realm.realm.id}",
        client_scope_id: "${keycloak_openid_client_scope.services_orders-api_audience.id}",
        role_id: `\${keycloak_role.services_orders-api_role_${permission}.id}`,
      });
    }
  });
});

describe("GIVEN a service whose client already exists", () => {
  const synthesized = synthStack({ services: [ordersService({ client: "existing" })] });
  const json = parse(synthesized);

  test("THEN the stack creates neither its client nor its roles", () => {
    expect(addresses(json).filter((a) => a.startsWith("keycloak_openid_client.") || a.startsWith("keycloak_role."))).toEqual([]);
  });

  test("THEN it reads the client and each role instead", () => {
    expect(synthesized).toHaveDataSourceWithProperties(DataKeycloakOpenidClient, { client_id: "orders-api" });
    expect(synthesized).toHaveDataSourceWithProperties(DataKeycloakRole, {
      client_id: "${data.keycloak_openid_client.services_orders-api.id}",
      name: "orders:read",
    });
  });

  test("THEN the audience mapper refers to the existing client", () => {
    expect(resource(json, OpenidAudienceProtocolMapper.tfResourceType, "services_orders-api_audience-mapper").included_client_audience).toBe(
      "${data.keycloak_openid_client.services_orders-api.client_id}",
    );
  });
});
