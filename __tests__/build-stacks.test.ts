import { Testing } from "cdktf";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import { defineService } from "../src/definitions/service";
import { buildStacks } from "../src/stacks/build-stacks";
import { SANDBOX, catalogOf, customerOf, ordersService } from "./support/catalog";
import { addresses, parse } from "./support/synth";

const PRODUCTION: EnvironmentDefinition = { ...SANDBOX, keycloakUrl: "https://sso.atlas.example" };

describe("buildStacks", () => {
  test("a service limited to environments exists only in their stacks", () => {
    const orders = ordersService();
    const preview = defineService({ clientId: "preview-api", description: "Preview", permissions: ["preview:read"], environments: ["sandbox"] });
    const catalog = catalogOf({
      services: [orders, preview],
      customers: [customerOf(orders, { environments: ["sandbox", "production"] })],
      environments: { sandbox: SANDBOX, production: PRODUCTION },
    });
    const [sandbox, production] = buildStacks(Testing.app(), catalog).map((stack) => addresses(parse(Testing.synth(stack))));
    expect(sandbox).toContain("keycloak_openid_client.services_preview-api");
    expect(production!.filter((address) => address.includes("preview-api"))).toEqual([]);
    expect(production).toContain("keycloak_openid_client.customers_acme-logistics");
  });
});
