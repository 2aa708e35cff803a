import { DataKeycloakRealm } from "../.gen/providers/keycloak/data-keycloak-realm";
import { Realm } from "../.gen/providers/keycloak/realm";
import { SANDBOX, ordersService } from "./support/catalog";
import { parse, synthStack } from "./support/synth";

describe("ApiRealm", () => {
  test("GIVEN create: true THEN the stack owns an enabled realm, displayed by its name by default", () => {
    const synthesized = synthStack({ services: [ordersService()], environment: SANDBOX });
    expect(synthesized).toHaveResourceWithProperties(Realm, { realm: "atlas", enabled: true, display_name: "atlas" });
    expect(synthesized).not.toHaveDataSource(DataKeycloakRealm);
  });

  test("GIVEN create: false THEN the realm is only read, so destroying the stack never deletes it", () => {
    const synthesized = synthStack({
      services: [ordersService()],
      environment: { ...SANDBOX, realm: { name: "atlas", create: false } },
    });
    expect(synthesized).toHaveDataSourceWithProperties(DataKeycloakRealm, { realm: "atlas" });
    expect(synthesized).not.toHaveResource(Realm);
    expect(parse(synthesized).resource?.keycloak_openid_client?.["services_orders-api"]?.realm_id).toBe("${data.keycloak_realm.realm.id}");
  });
});
