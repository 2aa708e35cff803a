import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import type { CustomerDefinition } from "../src/definitions/customer";
import { defineService } from "../src/definitions/service";
import { formatProblem } from "../src/problem";
import { RULES, assertValid, findProblems } from "../src/validation/validate-catalog";
import { SANDBOX, catalogOf, customerOf, ordersService } from "./support/catalog";

/** The formatted problems of a catalog, one line each. */
function problemsOf(...args: Parameters<typeof catalogOf>): string[] {
  return findProblems(catalogOf(...args)).map(formatProblem);
}

/** A customer definition with fields a typed file could not hold (plain JS, casts). */
function untyped(customer: CustomerDefinition, fields: Record<string, unknown>): CustomerDefinition {
  return { ...customer, ...fields } as CustomerDefinition;
}

const orders = ordersService();

describe("a valid catalog", () => {
  test("has no problems", () => {
    expect(problemsOf({ services: [orders], customers: [customerOf(orders)] })).toEqual([]);
    expect(() => assertValid(catalogOf({ services: [orders], customers: [customerOf(orders)] }))).not.toThrow();
  });
});

describe("clientId", () => {
  test("fails when the file name differs from the clientId", () => {
    expect(problemsOf({ services: [orders], customers: [["clients/acme.ts", customerOf(orders)]] })).toEqual([
      'clients/acme.ts: clientId = "acme-logistics": must equal the file name "acme" (rename the file or fix the clientId) [client-id-matches-file-name]',
    ]);
  });

  test.each([
    ["uppercase", "Acme-Logistics"],
    ["an underscore", "acme_logistics"],
    ["a double hyphen", "acme--logistics"],
    ["a leading hyphen", "-acme"],
    ["too short", "ab"],
    ["too long", "a".repeat(64)],
  ])("fails when the clientId has %s", (_, clientId) => {
    const problems = problemsOf({
      services: [orders],
      customers: [[`clients/${clientId}.ts`, customerOf(orders, { clientId })]],
    });
    expect(problems).toContainEqual(
      `clients/${clientId}.ts: clientId = ${JSON.stringify(clientId)}: must be 3 to 63 characters of lowercase letters, digits and single hyphens, starting and ending with a letter or digit [client-id-format]`,
    );
  });

  test("accepts 63 characters", () => {
    const clientId = "a".repeat(63);
    expect(problemsOf({ services: [orders], customers: [customerOf(orders, { clientId })] })).toEqual([]);
  });

  test.each(["account", "account-console", "admin-cli", "broker", "realm-management", "security-admin-console"])(
    "fails when the clientId is Keycloak's reserved %s",
    (clientId) => {
      expect(problemsOf({ services: [orders], customers: [customerOf(orders, { clientId })] })).toEqual([
        `clients/${clientId}.ts: clientId = "${clientId}": is reserved by Keycloak (account, account-console, admin-cli, broker, realm-management, security-admin-console) [client-id-not-reserved]`,
      ]);
    },
  );

  test("fails when a customer takes a service's clientId", () => {
    expect(problemsOf({ services: [orders], customers: [customerOf(orders, { clientId: "orders-api" })] })).toEqual([
      'clients/orders-api.ts: clientId = "orders-api": must be unique across clients/ and scopes/, ignoring case; also declared by scopes/orders-api.ts (service) [client-id-unique]',
      'scopes/orders-api.ts: clientId = "orders-api": must be unique across clients/ and scopes/, ignoring case; also declared by clients/orders-api.ts (customer) [client-id-unique]',
    ]);
  });

  test("fails when two files declare clientIds that differ only in case", () => {
    const problems = problemsOf({
      services: [orders],
      customers: [customerOf(orders), ["clients/other.ts", customerOf(orders, { clientId: "ACME-logistics" })]],
    });
    expect(problems).toContainEqual(
      'clients/acme-logistics.ts: clientId = "acme-logistics": must be unique across clients/ and scopes/, ignoring case; also declared by clients/other.ts (customer) [client-id-unique]',
    );
    expect(problems).toContainEqual(
      'clients/other.ts: clientId = "ACME-logistics": must be unique across clients/ and scopes/, ignoring case; also declared by clients/acme-logistics.ts (customer) [client-id-unique]',
    );
  });
});

describe("customer fields", () => {
  test("fails when the customer is granted nothing", () => {
    expect(problemsOf({ services: [orders], customers: [customerOf(orders, { grants: [] })] })).toEqual([
      'clients/acme-logistics.ts: grants = []: must grant at least one service, e.g. `grants: [ordersApi.grant("orders:read")]` [customer-grants-present]',
    ]);
  });

  test("fails when a grant names a service that is not in scopes/", () => {
    const billing = defineService({ clientId: "billing-api", description: "Billing", permissions: ["invoices:read"] });
    expect(problemsOf({ services: [orders], customers: [customerOf(orders, { grants: [billing.grant("invoices:read")] })] })).toEqual([
      'clients/acme-logistics.ts: grants[0].service = "billing-api": is not a service declared in scopes/ (orders-api) [grant-service-declared]',
    ]);
  });

  test("fails when a grant names a permission the service does not declare", () => {
    const customer = untyped(customerOf(orders), { grants: [{ service: orders, permissions: ["orders:read", "orders:reed"] }] });
    expect(problemsOf({ services: [orders], customers: [customer] })).toEqual([
      'clients/acme-logistics.ts: grants[0].permissions[1] = "orders:reed": is not a permission of orders-api (orders:read, orders:write) [grant-permission-declared]',
    ]);
  });

  test("fails when a grant has no permission", () => {
    const customer = untyped(customerOf(orders), { grants: [{ service: orders, permissions: [] }] });
    expect(problemsOf({ services: [orders], customers: [customer] })).toEqual([
      "clients/acme-logistics.ts: grants[0].permissions = []: must name at least one permission of orders-api [grant-permissions-present]",
    ]);
  });

  test("fails when a service is granted twice", () => {
    const customer = customerOf(orders, { grants: [orders.grant("orders:read"), orders.grant("orders:write")] });
    expect(problemsOf({ services: [orders], customers: [customer] })).toEqual([
      'clients/acme-logistics.ts: grants[1].service = "orders-api": is granted twice; list all its permissions in one grant [grant-service-once]',
    ]);
  });

  test("fails when a permission is granted twice", () => {
    const customer = customerOf(orders, { grants: [orders.grant("orders:read", "orders:read")] });
    expect(problemsOf({ services: [orders], customers: [customer] })).toEqual([
      'clients/acme-logistics.ts: grants[0].permissions[1] = "orders:read": is listed twice [grant-permission-once]',
    ]);
  });

  test("fails when an environment is not declared", () => {
    const customer = untyped(customerOf(orders), { environments: ["sandbox", "staging"] });
    expect(problemsOf({ services: [orders], customers: [customer] })).toEqual([
      'clients/acme-logistics.ts: environments[1] = "staging": is not a declared environment (sandbox) [environment-declared]',
    ]);
  });

  test("fails when the customer exists in no environment", () => {
    expect(problemsOf({ services: [orders], customers: [customerOf(orders, { environments: [] })] })).toEqual([
      "clients/acme-logistics.ts: environments = []: must list at least one of: sandbox [customer-environments-present]",
    ]);
  });

  test("fails when name, contact, enabled and secretRotation are malformed, reporting all four", () => {
    const customer = untyped(customerOf(orders), { name: " ", contact: "acme", enabled: "yes", secretRotation: "" });
    expect(problemsOf({ services: [orders], customers: [customer] })).toEqual([
      'clients/acme-logistics.ts: name = " ": must be non-blank text [customer-name]',
      'clients/acme-logistics.ts: contact = "acme": must be an e-mail address in ASCII, e.g. api@acme.example [customer-contact]',
      'clients/acme-logistics.ts: enabled = "yes": must be true or false [customer-enabled]',
      'clients/acme-logistics.ts: secretRotation = "": must be non-blank text of at most 255 characters [customer-secret-rotation]',
    ]);
  });
});

describe("key lifetimes", () => {
  test("fails when a customer's token lifespan is not a duration", () => {
    const customer = untyped(customerOf(orders), { accessTokenLifespan: "10 minutes" });
    expect(problemsOf({ services: [orders], customers: [customer] })).toEqual([
      'clients/acme-logistics.ts: accessTokenLifespan = "10 minutes": must be a whole number above 0 and a unit (s, m, h or d), e.g. "10m" [customer-token-lifespan]',
    ]);
  });

  test("fails when an environment's secret periods are malformed, too long, or the grace outlives the expiry", () => {
    const environments = {
      sandbox: { ...SANDBOX, secrets: { gracePeriod: "1.5d", expiresAfter: "3650d" } },
      qa: {
        ...SANDBOX,
        realm: { ...SANDBOX.realm, name: "qa" },
        state: { backend: "local", path: "state/qa.tfstate" },
        secrets: { gracePeriod: "30d", expiresAfter: "7d" },
      },
      demo: { ...SANDBOX, realm: { ...SANDBOX.realm, name: "demo" }, state: { backend: "local", path: "state/demo.tfstate" }, usageRetention: 90 },
    } as never;
    expect(problemsOf({ environments, services: [], customers: [] })).toEqual([
      'environments.ts: sandbox.secrets.gracePeriod = "1.5d": must be a whole number above 0 and a unit (s, m, h or d), e.g. "7d" [environment-secrets]',
      'environments.ts: sandbox.secrets.expiresAfter = "3650d": must be at most 1825d: Keycloak keeps expiry times as 32-bit seconds [environment-secrets]',
      'environments.ts: qa.secrets.gracePeriod = "30d": must not be longer than secrets.expiresAfter (7d) [environment-secrets]',
      'environments.ts: demo.usageRetention = 90: must be a whole number above 0 and a unit (s, m, h or d), e.g. "90d" [environment-usage-retention]',
    ]);
  });
});

describe("service fields", () => {
  test("fails when a permission is malformed or listed twice", () => {
    const service = ordersService({ permissions: ["orders:read", "Orders_Write", "orders:read"] });
    expect(problemsOf({ services: [service] })).toEqual([
      'scopes/orders-api.ts: permissions[1] = "Orders_Write": must be at most 64 characters of lowercase words joined by ":" or "-", e.g. "orders:read" [service-permission-format]',
      'scopes/orders-api.ts: permissions[2] = "orders:read": is listed twice [service-permission-once]',
    ]);
  });

  test("fails when a service declares no permission", () => {
    expect(problemsOf({ services: [ordersService({ permissions: [] })] })).toEqual([
      'scopes/orders-api.ts: permissions = []: must list at least one permission, e.g. ["orders:read"] [service-permissions-present]',
    ]);
  });

  test("fails when the client ownership is unknown and the description blank", () => {
    const service = ordersService({ description: "", client: "borrowed" as never });
    expect(problemsOf({ services: [service] })).toEqual([
      'scopes/orders-api.ts: description = "": must be non-blank text [service-description]',
      'scopes/orders-api.ts: client = "borrowed": must be "managed" (this stack creates the client) or "existing" (it only reads it) [service-client-ownership]',
    ]);
  });
});

describe("environments", () => {
  test("fails when an environment's URL, realm and state are malformed", () => {
    const problems = problemsOf({
      environments: {
        Staging: {
          keycloakUrl: "https://sso.example/auth",
          realm: { name: "master", create: true },
          state: { backend: "local", path: "/var/state.tfstate" },
        },
        qa: { ...SANDBOX, keycloakUrl: "sso.example" },
      },
    });
    expect(problems).toEqual([
      'environments.ts: Staging = "Staging": an environment name must be lowercase letters, digits and hyphens, starting with a letter [environment-name]',
      'environments.ts: qa.keycloakUrl = "sso.example": must be an http:// or https:// URL [environment-url-http]',
      'environments.ts: Staging.keycloakUrl = "https://sso.example/auth": must not end in /auth: Keycloak 17+ serves without it [environment-url-no-auth-path]',
      'environments.ts: Staging.realm.name = "master": must not be the master realm: keep customers out of the admin realm [environment-realm-not-master]',
      'environments.ts: Staging.state.path = "/var/state.tfstate": must be a path relative to the project root [environment-state-local-path]',
    ]);
  });
});

describe("environments, more", () => {
  test("fails when no environment is declared", () => {
    expect(problemsOf({ environments: {} })).toEqual(["environments.ts: environments = {}: must declare at least one environment [environments-present]"]);
  });

  test("fails when the realm name, realm.create and the state backend are malformed (plain JavaScript)", () => {
    const problems = problemsOf({
      environments: {
        qa: { ...SANDBOX, realm: { name: "atlas realm", create: "yes" as never }, state: { backend: "gcs" } as never },
        prod: { ...SANDBOX, keycloakUrl: "https://sso.example", state: { backend: "s3", bucket: "", key: "k", region: "" } },
        locked: {
          ...SANDBOX,
          keycloakUrl: "https://sso.example",
          realm: { name: "locked", create: true },
          state: { backend: "s3", bucket: "b", key: "k", region: "eu-central-1", dynamodbTable: "locks" },
        },
      },
    });
    expect(problems).toEqual([
      `environments.ts: qa.realm.name = "atlas realm": must be letters, digits, '.', '_' or '-' [environment-realm-name]`,
      'environments.ts: qa.realm.create = "yes": must be true (the stack creates the realm) or false (it exists) [environment-realm-create]',
      'environments.ts: qa.state.backend = "gcs": must be "local" or "s3" [environment-state-backend]',
      'environments.ts: prod.state.bucket = "": must be non-empty [environment-state-s3]',
      'environments.ts: prod.state.region = "": must be non-empty [environment-state-s3]',
      "environments.ts: prod.state.dynamodbTable = (missing): must name a DynamoDB table: remote state is locked, so two deploys cannot corrupt it [environment-state-locked]",
    ]);
  });
});

describe("adopting existing clients", () => {
  test("accepts a Keycloak id in an environment the customer lists", () => {
    expect(problemsOf({ services: [orders], customers: [customerOf(orders, { adopt: { sandbox: "7c1d4f0e-7a51-4a3c-9b0e-2f6f2d1c9e11" } })] })).toEqual([]);
  });

  test("fails when the id is a clientId rather than a Keycloak id, or the environment is not the customer's", () => {
    const problems = problemsOf({
      services: [orders],
      customers: [customerOf(orders, { adopt: { sandbox: "acme-logistics", production: "7c1d4f0e-7a51-4a3c-9b0e-2f6f2d1c9e11" } as never })],
    });
    expect(problems).toEqual([
      'clients/acme-logistics.ts: adopt.production = "production": must be one of the customer\'s environments (sandbox) [customer-adopt-environment]',
      "clients/acme-logistics.ts: adopt.sandbox = \"acme-logistics\": must be the client's Keycloak id, a UUID as in the admin console's URL .../clients/<id>/settings (not its clientId) [customer-adopt-id]",
    ]);
  });
});

describe("assertValid", () => {
  test("fails with every problem of every file in one error", () => {
    const catalog = catalogOf({
      services: [orders],
      customers: [["clients/a.ts", customerOf(orders, { clientId: "Bad" })], customerOf(orders, { clientId: "globex", grants: [] })],
    });
    expect(() => assertValid(catalog)).toThrow(
      [
        "3 problems in the customer, service and environment files; nothing was synthesized:",
        '  clients/a.ts: clientId = "Bad": must equal the file name "a" (rename the file or fix the clientId) [client-id-matches-file-name]',
        '  clients/a.ts: clientId = "Bad": must be 3 to 63 characters of lowercase letters, digits and single hyphens, starting and ending with a letter or digit [client-id-format]',
        '  clients/globex.ts: grants = []: must grant at least one service, e.g. `grants: [ordersApi.grant("orders:read")]` [customer-grants-present]',
      ].join("\n"),
    );
  });
});

describe("every rule", () => {
  // The failing cases of this file, of the table of careless and hostile input, and of the secret and
  // encryption rules: each rule id must end an expected message (or a rule text that the table's
  // messages are built from). Only string and template literals count, read from the syntax tree,
  // so a comment that names the id does not.
  const MESSAGE_FILES = ["validation.test.ts", "hostile-input.test.ts", "secret-looking.test.ts", "state-encryption.test.ts", "customer-shards.test.ts"];
  const assertedIds = new Set(MESSAGE_FILES.flatMap((file) => ruleIdsInMessageLiterals(path.join(__dirname, file))));

  test.each(RULES.map((rule) => [rule.id]))("%s has a failing case with its full message", (id) => {
    expect(assertedIds).toContain(id);
  });

  test("ids are unique", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** The rule ids that end a line of a string or template literal of a test file, as `formatProblem` writes them. */
function ruleIdsInMessageLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const ids: string[] = [];
  const visit = (node: ts.Node): void => {
    // A template's substitutions (`${A}`, `${"N".repeat(78)}`) stand for one word of the message.
    const text = ts.isStringLiteralLike(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join("")
        : undefined;
    if (text !== undefined) {
      for (const match of text.matchAll(/\S \[([a-z0-9-]+)\]$/gm)) ids.push(match[1]!);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ids;
}
