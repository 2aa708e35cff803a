import { Aspects, TerraformElement, TerraformResource, Testing } from "cdktf";
import type { Construct } from "constructs";
import { DataKeycloakOpenidClient } from "../.gen/providers/keycloak/data-keycloak-openid-client";
import { DataKeycloakRole } from "../.gen/providers/keycloak/data-keycloak-role";
import { GenericRoleMapper } from "../.gen/providers/keycloak/generic-role-mapper";
import { OpenidClient } from "../.gen/providers/keycloak/openid-client";
import { OpenidClientServiceAccountRole } from "../.gen/providers/keycloak/openid-client-service-account-role";
import type { CustomerDefinition } from "../src/definitions/customer";
import { CustomerPolicy, formatFinding, PolicyError } from "../src/policy/customer-policy";
import { POLICY_RULES } from "../src/policy/rules";
import { EnvironmentStack } from "../src/stacks/environment-stack";
import { SANDBOX, customerOf, ordersService } from "./support/catalog";

const orders = ordersService();
const FILE = "clients/acme-logistics.ts";
const CLIENT = "/test/customers/acme-logistics/Default";

/** The findings of a stack with the example's recipe for one customer, after `change` edits it as hand-written code could. */
function findingsOf(change: (stack: EnvironmentStack, element: (path: string) => TerraformElement) => void, customer?: CustomerDefinition) {
  const acme = customer ?? customerOf(orders);
  const stack = new EnvironmentStack(Testing.app(), "test", { environment: SANDBOX, services: [orders], customers: [acme] });
  const element = (path: string) => stack.node.findAll().find((construct) => `/${construct.node.path}` === path) as TerraformElement;
  change(stack, element);
  const policy = new CustomerPolicy({ customers: new Map([[acme.clientId, { file: FILE, suppressions: acme.suppressions }]]) });
  Aspects.of(stack).add(policy);
  Testing.synth(stack);
  // Testing.synth drops `//` comments; the stack's own JSON, as written to cdktf.out, keeps them.
  const synthesized = stack.toTerraform() as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  return { findings: policy.findings.map(formatFinding), synthesized };
}
const override =
  (name: string, value: unknown, path = CLIENT) =>
  (_: EnvironmentStack, element: (path: string) => TerraformElement) =>
    element(path).addOverride(name, value);
const customerScope = (stack: EnvironmentStack) => stack.node.findChild("customers").node.findChild("acme-logistics") as Construct;

describe("policy rules over the synthesized stacks", () => {
  test.each(POLICY_RULES.map((rule) => [rule.id]))("%s passes the customer recipe of CustomerClient", (id) => {
    expect(findingsOf(() => undefined).findings.filter((finding) => finding.includes(` ${id}: `))).toEqual([]);
  });

  test.each([
    [
      "CUSTOMER-NO-STANDARD-FLOW",
      override("standard_flow_enabled", true),
      `[Error at ${CLIENT}] CUSTOMER-NO-STANDARD-FLOW: standard_flow_enabled = true: must be false (${FILE})`,
    ],
    [
      "CUSTOMER-NO-IMPLICIT-FLOW",
      override("implicit_flow_enabled", true),
      `[Error at ${CLIENT}] CUSTOMER-NO-IMPLICIT-FLOW: implicit_flow_enabled = true: must be false (${FILE})`,
    ],
    [
      "CUSTOMER-NO-PASSWORD-GRANT",
      override("direct_access_grants_enabled", true),
      `[Error at ${CLIENT}] CUSTOMER-NO-PASSWORD-GRANT: direct_access_grants_enabled = true: must be false (${FILE})`,
    ],
    [
      "CUSTOMER-CONFIDENTIAL",
      override("access_type", "PUBLIC"),
      `[Error at ${CLIENT}] CUSTOMER-CONFIDENTIAL: access_type = "PUBLIC": must be "CONFIDENTIAL" (${FILE})`,
    ],
    [
      "CUSTOMER-SERVICE-ACCOUNT",
      override("service_accounts_enabled", false),
      `[Error at ${CLIENT}] CUSTOMER-SERVICE-ACCOUNT: service_accounts_enabled = false: must be true (${FILE})`,
    ],
    [
      "CUSTOMER-NO-REDIRECT-URIS",
      override("valid_redirect_uris", ["https://acme.example/*"]),
      `[Error at ${CLIENT}] CUSTOMER-NO-REDIRECT-URIS: valid_redirect_uris = ["https://acme.example/*"]: must be empty (${FILE})`,
    ],
    ["CUSTOMER-NO-WEB-ORIGINS", override("web_origins", ["*"]), `[Error at ${CLIENT}] CUSTOMER-NO-WEB-ORIGINS: web_origins = ["*"]: must be empty (${FILE})`],
    [
      "CUSTOMER-NO-OPTIONAL-SCOPES",
      override("optional_scopes", ["offline_access"], "/test/customers/acme-logistics/optional-scopes"),
      `[Error at /test/customers/acme-logistics/optional-scopes] CUSTOMER-NO-OPTIONAL-SCOPES: optional_scopes = ["offline_access"]: must be [] (${FILE})`,
    ],
    [
      "NO-SECRET-LITERAL",
      override("client_secret", "hunter2-hunter2"),
      `[Error at ${CLIENT}] NO-SECRET-LITERAL: client_secret = "***": a literal secret; leave it to Keycloak or the deploy environment (${FILE})`,
    ],
    [
      "TOKEN-LIFESPAN-BOUNDS",
      override("access_token_lifespan", "86400"),
      `[Error at ${CLIENT}] TOKEN-LIFESPAN-BOUNDS: access_token_lifespan = "86400": must be 60 to 3600 seconds (${FILE})`,
    ],
  ] as const)("fails when %s is broken by an override on the generated resource", (_, change, expected) => {
    expect(findingsOf(change).findings).toEqual([expected]);
  });

  test("SECRET-GRACE-BOUNDS fails a secret policy whose rotated secret outlives 30 days, and passes one of 30", () => {
    const findingsFor = (gracePeriod: string) => {
      const stack = new EnvironmentStack(Testing.app(), "test", {
        environment: { ...SANDBOX, secrets: { gracePeriod: gracePeriod as never, expiresAfter: "365d" } },
        services: [orders],
        customers: [],
      });
      const policy = new CustomerPolicy({ customers: new Map() });
      Aspects.of(stack).add(policy);
      Testing.synth(stack);
      return policy.findings.map(formatFinding);
    };
    expect(findingsFor("30d")).toEqual([]);
    expect(findingsFor("31d")).toEqual([
      '[Error at /test/secret-policy/profile] SECRET-GRACE-BOUNDS: rotated-expiration-period = "2678400": must be 0 to 2592000 seconds (30 days)',
    ]);
  });

  test("fails when a customer is granted a role of realm-management, through resources made without the constructs", () => {
    const { findings } = findingsOf((stack) => {
      const scope = customerScope(stack);
      const realmManagement = new DataKeycloakOpenidClient(scope, "realm-management", { realmId: "atlas", clientId: "realm-management" });
      const client = stack.node.findAll().find((c) => c instanceof OpenidClient && c.node.path.endsWith("acme-logistics/Default")) as OpenidClient;
      new OpenidClientServiceAccountRole(scope, "grant_admin", {
        realmId: "atlas",
        serviceAccountUserId: client.serviceAccountUserId,
        clientId: realmManagement.id,
        role: "realm-admin",
      });
    });
    expect(findings).toEqual([
      `[Error at /test/customers/acme-logistics/grant_admin] CUSTOMER-NO-ADMIN-ROLES: role = "realm-admin": is a role of realm-management, a client Keycloak uses to administer the realm (${FILE})`,
    ]);
  });

  test("fails when a customer is given a realm role, by a mapper or a resource type the bindings do not have", () => {
    const { findings } = findingsOf((stack) => {
      const scope = customerScope(stack);
      const admin = new DataKeycloakRole(scope, "admin-role", { realmId: "atlas", name: "admin" });
      new GenericRoleMapper(scope, "scope_admin", { realmId: "atlas", clientId: "x", roleId: admin.id });
      new TerraformResource(scope, "realm_grant", { terraformResourceType: "keycloak_openid_client_service_account_realm_role" }).addOverride("role", "admin");
    });
    expect(findings).toEqual([
      `[Error at /test/customers/acme-logistics/scope_admin] CUSTOMER-NO-ADMIN-ROLES: role = "admin": is a realm role; grant a service's permission instead (${FILE})`,
      `[Error at /test/customers/acme-logistics/realm_grant] CUSTOMER-NO-ADMIN-ROLES: role = "admin": is a realm role; grant a service's permission instead (${FILE})`,
    ]);
  });

  test("fails when a client is added without the constructs: it counts as a customer client and keeps the realm's optional scopes", () => {
    const { findings } = findingsOf((stack) => {
      new OpenidClient(stack, "rogue", {
        realmId: "atlas",
        clientId: "rogue-client",
        accessType: "CONFIDENTIAL",
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
      });
    });
    expect(findings).toEqual([
      "[Error at /test/rogue] CUSTOMER-NO-OPTIONAL-SCOPES: has no keycloak_openid_client_optional_scopes: it keeps the realm's optional scopes; give it an empty list",
    ]);
  });

  test("fails when the provider block holds a literal password", () => {
    expect(findingsOf(override("password", "admin-password", "/test/keycloak")).findings).toEqual([
      '[Error at /test/keycloak] NO-SECRET-LITERAL: password = "***": a literal secret; leave it to Keycloak or the deploy environment',
    ]);
  });

  test("accepts a token lifespan within bounds and references to secrets", () => {
    expect(findingsOf(override("access_token_lifespan", "300")).findings).toEqual([]);
  });

  test("a customer's suppression with its reason turns the finding into a comment on the resource", () => {
    const reason = "Batch jobs of Acme run 2 h; agreed with security in SEC-123.";
    const customer = customerOf(orders, { suppressions: [{ rule: "TOKEN-LIFESPAN-BOUNDS", reason }] });
    const { findings, synthesized } = findingsOf(override("access_token_lifespan", "7200"), customer);
    expect(findings).toEqual([]);
    expect(synthesized.resource!.keycloak_openid_client!["customers_acme-logistics"]!["//"]).toMatchObject({
      suppressed: { "TOKEN-LIFESPAN-BOUNDS": reason },
    });
  });

  test("fails with every finding in one error, in the documented format", () => {
    const error = new PolicyError([{ ruleId: "CUSTOMER-CONFIDENTIAL", path: CLIENT, message: 'access_type = "PUBLIC": must be "CONFIDENTIAL"', file: FILE }]);
    expect(error.message).toBe(
      [
        "1 policy finding in the synthesized stacks; nothing was synthesized:",
        `  [Error at ${CLIENT}] CUSTOMER-CONFIDENTIAL: access_type = "PUBLIC": must be "CONFIDENTIAL" (${FILE})`,
      ].join("\n"),
    );
  });
});
