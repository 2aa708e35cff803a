import { Testing } from "cdktf";
import packageJson from "../package.json";
import { defineService } from "../src/definitions/service";
import { buildStacks } from "../src/stacks/build-stacks";
import { SANDBOX, catalogOf, customerOf, ordersService } from "./support/catalog";
import { addresses, parse, synthStack, type TerraformJson } from "./support/synth";

const orders = ordersService();
const billing = defineService({ clientId: "billing-api", description: "Billing", permissions: ["invoices:read"] });
const acme = customerOf(orders);
const globex = customerOf(orders, { clientId: "globex-retail", grants: [orders.grant("orders:read", "orders:write")] });
const initech = customerOf(billing, { clientId: "initech-labs", grants: [billing.grant("invoices:read")] });

function resourcesOf(json: TerraformJson): Record<string, unknown> {
  return Object.fromEntries(Object.entries(json.resource ?? {}).flatMap(([type, byId]) => Object.entries(byId).map(([id, body]) => [`${type}.${id}`, body])));
}

describe("logical ids", () => {
  test("derive from clientIds and permissions, not from hashes or positions", () => {
    const json = parse(synthStack({ services: [orders], customers: [acme] }));
    expect(addresses(json)).toEqual([
      "keycloak_generic_role_mapper.services_orders-api_audience_orders_read",
      "keycloak_generic_role_mapper.services_orders-api_audience_orders_write",
      "keycloak_openid_audience_protocol_mapper.services_orders-api_audience-mapper",
      "keycloak_openid_client.customers_acme-logistics",
      "keycloak_openid_client.services_orders-api",
      "keycloak_openid_client_default_scopes.customers_acme-logistics_default-scopes",
      "keycloak_openid_client_optional_scopes.customers_acme-logistics_optional-scopes",
      "keycloak_openid_client_scope.services_orders-api_audience",
      "keycloak_realm.realm",
      "keycloak_realm_events.realm_events",
      "keycloak_role.services_orders-api_role_orders_read",
      "keycloak_role.services_orders-api_role_orders_write",
      "keycloak_user_roles.customers_acme-logistics_service-account-roles",
      "terraform_data.customers_acme-logistics_authenticator",
    ]);
  });

  test("adding a customer adds only that customer's resources and changes no other", () => {
    const before = resourcesOf(parse(synthStack({ services: [orders, billing], customers: [acme, initech] })));
    const after = resourcesOf(parse(synthStack({ services: [orders, billing], customers: [acme, globex, initech] })));
    const added = Object.keys(after).filter((address) => !(address in before));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((address) => address.includes("customers_globex-retail"))).toBe(true);
    for (const [address, body] of Object.entries(before)) expect(after[address]).toEqual(body);
  });

  test("reordering customers and services changes nothing", () => {
    const ordered = synthStack({ services: [orders, billing], customers: [acme, globex, initech] });
    const reordered = synthStack({ services: [billing, orders], customers: [initech, acme, globex] });
    expect(resourcesOf(parse(reordered))).toEqual(resourcesOf(parse(ordered)));
  });
});

describe("provider and state", () => {
  test("the provider gets only the URL: admin credentials come from the environment at deploy time", () => {
    expect(parse(synthStack({ services: [orders] })).provider).toEqual({ keycloak: [{ url: "http://127.0.0.1:8080" }] });
  });

  test("the provider is pinned to the version of the schema the bindings came from", () => {
    const terraform = parse(synthStack({ services: [orders] })).terraform as { required_providers: unknown };
    expect(terraform.required_providers).toEqual({
      keycloak: { source: "keycloak/keycloak", version: packageJson.toolchain.keycloakProvider },
    });
  });

  test("a local state path is relative to the project root, seen from the stack's working directory", () => {
    expect(parse(synthStack({ services: [orders] })).terraform?.backend).toEqual({
      local: { path: "../../../state/sandbox.tfstate" },
    });
  });

  test("an S3 state is encrypted and takes its credentials from the AWS environment", () => {
    const environment = {
      ...SANDBOX,
      state: { backend: "s3", bucket: "b", key: "k.tfstate", region: "eu-central-1" } as const,
    };
    expect(parse(synthStack({ services: [orders], environment })).terraform?.backend).toEqual({
      s3: { bucket: "b", key: "k.tfstate", region: "eu-central-1", encrypt: true },
    });
  });
});

describe("buildStacks", () => {
  test("makes one stack per environment, each with only the customers that exist there", () => {
    const catalog = catalogOf({
      services: [orders],
      customers: [acme, customerOf(orders, { clientId: "globex-retail", environments: ["production"] })],
      environments: { sandbox: SANDBOX, production: { ...SANDBOX, realm: { name: "atlas", create: false } } },
    });
    const stacks = buildStacks(Testing.app(), catalog);
    const clientsIn = (name: string) => Object.keys(parse(Testing.synth(stacks.find((s) => s.node.id === name)!)).resource?.keycloak_openid_client ?? {});
    expect(stacks.map((stack) => stack.node.id)).toEqual(["sandbox", "production"]);
    expect(clientsIn("sandbox")).toEqual(["customers_acme-logistics", "services_orders-api"]);
    expect(clientsIn("production")).toEqual(["customers_globex-retail", "services_orders-api"]);
  });
});
