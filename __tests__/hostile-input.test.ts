/**
 * Careless and hostile input, as a table: each case is a catalog a pull request could produce and
 * the full list of problems it must get, in the documented format. Cases that reach the loader
 * (files it would skip, imports that fail) are in load-catalog.test.ts; cases that reach the CLI in
 * main.test.ts.
 */
import type { CustomerDefinition } from "../src/definitions/customer";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import type { ServiceDefinition } from "../src/definitions/service";
import { formatProblem } from "../src/problem";
import { findProblems } from "../src/validation/validate-catalog";
import { SANDBOX, catalogOf, customerOf, ordersService } from "./support/catalog";
import { CERTIFICATE, ENCRYPTED_SANDBOX } from "./support/keyless";

const orders = ordersService();
const PRODUCTION: EnvironmentDefinition = {
  keycloakUrl: "https://sso.atlas.example",
  realm: { name: "atlas", create: false },
  state: { backend: "s3", bucket: "b", key: "k", region: "eu-central-1", dynamodbTable: "locks" },
};

/** A customer with fields a typed file could not hold (plain JS, casts). */
function untyped(fields: Record<string, unknown>): CustomerDefinition {
  return { ...customerOf(orders), ...fields } as CustomerDefinition;
}
const withName = (name: string) => customerOf(orders, { name });
const env = (fields: Partial<EnvironmentDefinition>) => ({ sandbox: { ...SANDBOX, ...fields } });

interface Case {
  readonly services?: readonly (ServiceDefinition | readonly [string, ServiceDefinition])[];
  readonly customers?: readonly (CustomerDefinition | readonly [string, CustomerDefinition])[];
  readonly environments?: Record<string, EnvironmentDefinition>;
}

const A = "clients/acme-logistics.ts";
const TEXT_RULES = {
  control: "must be one line without control characters or line breaks",
  invisible: "must not contain invisible or direction-changing characters",
  template: "must not contain ${ or %{: Terraform would evaluate it as an expression [text-no-terraform-template]",
};
const RESERVED =
  "is reserved by the JavaScript runtime or the construct tree (constructor, __proto__, tostring, default, resource and the other Object.prototype keys) [name-not-runtime-reserved]";
const SLUG = "must be 3 to 63 characters of lowercase letters, digits and single hyphens, starting and ending with a letter or digit [client-id-format]";

const CASES: readonly (readonly [string, Case, readonly string[]])[] = [
  // Ids that are valid slugs but collide with what the runtime or the construct tree use.
  [
    "a customer is called constructor",
    { services: [orders], customers: [customerOf(orders, { clientId: "constructor" })] },
    [`clients/constructor.ts: clientId = "constructor": ${RESERVED}`],
  ],
  [
    "a service is called constructor",
    { services: [ordersService({ clientId: "constructor" })] },
    [`scopes/constructor.ts: clientId = "constructor": ${RESERVED}`],
  ],
  ["an environment is called constructor", { environments: { constructor: SANDBOX } }, [`environments.ts: constructor = "constructor": ${RESERVED}`]],
  [
    "a customer is called __proto__",
    { services: [orders], customers: [customerOf(orders, { clientId: "__proto__" })] },
    [`clients/__proto__.ts: clientId = "__proto__": ${SLUG}`, `clients/__proto__.ts: clientId = "__proto__": ${RESERVED}`],
  ],
  [
    "a customer is called toString",
    { services: [orders], customers: [customerOf(orders, { clientId: "toString" })] },
    [`clients/toString.ts: clientId = "toString": ${SLUG}`, `clients/toString.ts: clientId = "toString": ${RESERVED}`],
  ],
  [
    "a customer is called hasownproperty",
    { services: [orders], customers: [customerOf(orders, { clientId: "hasownproperty" })] },
    [`clients/hasownproperty.ts: clientId = "hasownproperty": ${RESERVED}`],
  ],
  [
    "a customer is called default, a construct id constructs treats specially",
    { services: [orders], customers: [customerOf(orders, { clientId: "default" })] },
    [`clients/default.ts: clientId = "default": ${RESERVED}`],
  ],

  // Values longer than Keycloak stores.
  [
    "the name is longer than Keycloak's client name column",
    { services: [orders], customers: [withName("N".repeat(256))] },
    [
      `${A}: name = "${"N".repeat(78)}…: makes the client name 256 characters long; Keycloak keeps at most 255 [keycloak-column-limits]`,
      `${A}: name, contact = "API key of ${"N".repeat(67)}…: makes the client description 294 characters long; Keycloak keeps at most 255 [keycloak-column-limits]`,
    ],
  ],
  [
    "name and contact make a description longer than Keycloak's column",
    { services: [orders], customers: [withName("N".repeat(218))] },
    [
      `${A}: name, contact = "API key of ${"N".repeat(67)}…: makes the client description 256 characters long; Keycloak keeps at most 255 [keycloak-column-limits]`,
    ],
  ],
  [
    "a service description is longer than Keycloak's client description column",
    { services: [ordersService({ description: "D".repeat(256) })] },
    [
      `scopes/orders-api.ts: description = "${"D".repeat(78)}…: makes the client description 256 characters long; Keycloak keeps at most 255 [keycloak-column-limits]`,
      `scopes/orders-api.ts: description = "${"D".repeat(78)}…: makes the client scope description 294 characters long; Keycloak keeps at most 255 [keycloak-column-limits]`,
    ],
  ],
  [
    "a service description makes the audience scope's description too long",
    { services: [ordersService({ description: "D".repeat(218) })] },
    [
      `scopes/orders-api.ts: description = "${"D".repeat(78)}…: makes the client scope description 256 characters long; Keycloak keeps at most 255 [keycloak-column-limits]`,
    ],
  ],
  [
    "an existing service's description makes the audience scope's description too long",
    { services: [ordersService({ description: "D".repeat(256), client: "existing" })] },
    [
      `scopes/orders-api.ts: description = "${"D".repeat(78)}…: makes the client scope description 294 characters long; Keycloak keeps at most 255 [keycloak-column-limits]`,
    ],
  ],
  [
    "the realm name is longer than Keycloak creates a realm with",
    { environments: env({ realm: { name: "r".repeat(238), create: true } }) },
    [
      `environments.ts: sandbox.realm.name = "${"r".repeat(78)}…: makes the realm name 238 characters long; Keycloak keeps at most 237 [keycloak-column-limits]`,
    ],
  ],

  // Text that reads badly in review or in Keycloak's console.
  [
    "the name has a line break",
    { services: [orders], customers: [withName("Acme\nLogistics")] },
    [`${A}: name = "Acme\\nLogistics": ${TEXT_RULES.control} (found U+000A) [text-no-control-characters]`],
  ],
  [
    "the name has a tab",
    { services: [orders], customers: [withName("Acme\tLogistics")] },
    [`${A}: name = "Acme\\tLogistics": ${TEXT_RULES.control} (found U+0009) [text-no-control-characters]`],
  ],
  [
    "the contact has a carriage return",
    { services: [orders], customers: [customerOf(orders, { contact: "api@acme.example\r\n" })] },
    [
      `${A}: contact = "api@acme.example\\r\\n": must be an e-mail address in ASCII, e.g. api@acme.example [customer-contact]`,
      `${A}: contact = "api@acme.example\\r\\n": ${TEXT_RULES.control} (found U+000D) [text-no-control-characters]`,
    ],
  ],
  [
    "a service description has a line separator",
    { services: [ordersService({ description: "Orders\u2028API" })] },
    [`scopes/orders-api.ts: description = "Orders\u2028API": ${TEXT_RULES.control} (found U+2028) [text-no-control-characters]`],
  ],
  [
    "the rotation marker has a NUL",
    { services: [orders], customers: [customerOf(orders, { secretRotation: "2026\u0000" })] },
    [`${A}: secretRotation = "2026\\u0000": ${TEXT_RULES.control} (found U+0000) [text-no-control-characters]`],
  ],
  [
    "the realm's display name has a terminal escape",
    { environments: env({ realm: { name: "atlas", create: true, displayName: "\u001b[31mAtlas" } }) },
    [`environments.ts: sandbox.realm.displayName = "\\u001b[31mAtlas": ${TEXT_RULES.control} (found U+001B) [text-no-control-characters]`],
  ],
  [
    "the name has a right-to-left override",
    { services: [orders], customers: [withName("Acme \u202Ecitsigol")] },
    [`${A}: name = "Acme \u202Ecitsigol": ${TEXT_RULES.invisible} (found U+202E) [text-no-invisible-characters]`],
  ],
  [
    "the name has a zero-width space",
    { services: [orders], customers: [withName("Ac\u200Bme")] },
    [`${A}: name = "Ac\u200Bme": ${TEXT_RULES.invisible} (found U+200B) [text-no-invisible-characters]`],
  ],
  [
    "the name has a no-break space",
    { services: [orders], customers: [withName("Acme\u00A0Logistics")] },
    [
      `${A}: name = "Acme\u00A0Logistics": ${TEXT_RULES.invisible} (found U+00A0) [text-no-invisible-characters]`,
      `${A}: name = "Acme\u00A0Logistics": must be plain Unicode (NFKC): U+00A0 is a look-alike of " " [text-normalized]`,
    ],
  ],
  [
    "the name starts with a byte-order mark",
    { services: [orders], customers: [withName("\uFEFFAcme")] },
    [`${A}: name = "\uFEFFAcme": ${TEXT_RULES.invisible} (found U+FEFF) [text-no-invisible-characters]`],
  ],
  [
    "a service description has a bidi isolate",
    { services: [ordersService({ description: "Orders \u2066API\u2069" })] },
    [`scopes/orders-api.ts: description = "Orders \u2066API\u2069": ${TEXT_RULES.invisible} (found U+2066) [text-no-invisible-characters]`],
  ],
  [
    "the name hides a Cyrillic a among Latin letters",
    { services: [orders], customers: [withName("\u0430cme Logistics")] },
    [`${A}: name = "\u0430cme Logistics": must be written in one script: mixes Cyrillic with Latin ("c" U+0063), which can look alike [text-single-script]`],
  ],
  [
    "the name hides a Greek omicron among Latin letters",
    { services: [orders], customers: [withName("Gl\u03BFbex Retail")] },
    [`${A}: name = "Gl\u03BFbex Retail": must be written in one script: mixes Latin with Greek ("\u03BF" U+03BF), which can look alike [text-single-script]`],
  ],
  [
    "the name is written in full-width letters",
    { services: [orders], customers: [withName("\uFF21cme")] },
    [`${A}: name = "\uFF21cme": must be plain Unicode (NFKC): U+FF21 is a look-alike of "A" [text-normalized]`],
  ],
  [
    "the name has a ligature",
    { services: [orders], customers: [withName("\uFB01nance Corp")] },
    [`${A}: name = "\uFB01nance Corp": must be plain Unicode (NFKC): U+FB01 is a look-alike of "fi" [text-normalized]`],
  ],
  [
    "the contact's domain has a Cyrillic letter",
    { services: [orders], customers: [customerOf(orders, { contact: "api@\u0430cme.example" })] },
    [
      `${A}: contact = "api@\u0430cme.example": must be an e-mail address in ASCII, e.g. api@acme.example [customer-contact]`,
      `${A}: contact = "api@\u0430cme.example": must be written in one script: mixes Latin with Cyrillic ("\u0430" U+0430), which can look alike [text-single-script]`,
    ],
  ],
  [
    "the name is a Terraform expression reading a file",
    { services: [orders], customers: [withName('Acme ${file("/etc/passwd")}')] },
    [`${A}: name = "Acme \${file(\\"/etc/passwd\\")}": ${TEXT_RULES.template}`],
  ],
  [
    "the name is a cdktf token reading another resource",
    { services: [orders], customers: [withName("${TfToken[TOKEN.1]}")] },
    [`${A}: name = "\${TfToken[TOKEN.1]}": ${TEXT_RULES.template}`],
  ],
  [
    "the rotation marker is a Terraform template directive",
    { services: [orders], customers: [customerOf(orders, { secretRotation: "%{ if true }x%{ endif }" })] },
    [`${A}: secretRotation = "%{ if true }x%{ endif }": ${TEXT_RULES.template}`],
  ],
  [
    "the name is a number (plain JavaScript)",
    { services: [orders], customers: [untyped({ name: 42 })] },
    [`${A}: name = 42: must be non-blank text [customer-name]`],
  ],

  // Policy suppressions: each names a real rule, once, with a reason a reviewer can judge.
  [
    "suppressions is not a list (plain JavaScript)",
    { services: [orders], customers: [untyped({ suppressions: "all" })] },
    [`${A}: suppressions = "all": must be a list of { rule, reason } [customer-suppressions-list]`],
  ],
  [
    "a suppression names a rule that does not exist",
    { services: [orders], customers: [untyped({ suppressions: [{ rule: "TOKEN-LIFESPAN", reason: "Batch jobs need two-hour tokens (SEC-123)." }] })] },
    [
      `${A}: suppressions[0].rule = "TOKEN-LIFESPAN": is not a policy rule (CUSTOMER-NO-STANDARD-FLOW, CUSTOMER-NO-IMPLICIT-FLOW, CUSTOMER-NO-PASSWORD-GRANT, CUSTOMER-CONFIDENTIAL, CUSTOMER-SERVICE-ACCOUNT, CUSTOMER-NO-REDIRECT-URIS, CUSTOMER-NO-WEB-ORIGINS, CUSTOMER-NO-ADMIN-ROLES, CUSTOMER-NO-OPTIONAL-SCOPES, NO-SECRET-LITERAL, TOKEN-LIFESPAN-BOUNDS, SECRET-GRACE-BOUNDS) [customer-suppression-rule-known]`,
    ],
  ],
  [
    "a customer suppresses the same rule twice",
    {
      services: [orders],
      customers: [
        customerOf(orders, {
          suppressions: [
            { rule: "TOKEN-LIFESPAN-BOUNDS", reason: "Batch jobs need two-hour tokens (SEC-123)." },
            { rule: "TOKEN-LIFESPAN-BOUNDS", reason: "Also agreed in the contract of 2026." },
          ],
        }),
      ],
    },
    [`${A}: suppressions[1].rule = "TOKEN-LIFESPAN-BOUNDS": is suppressed twice [customer-suppression-rule-once]`],
  ],
  [
    "a suppression gives no reason worth reading",
    { services: [orders], customers: [customerOf(orders, { suppressions: [{ rule: "TOKEN-LIFESPAN-BOUNDS", reason: "needed" }] })] },
    [`${A}: suppressions[0].reason = "needed": must say why in at least 20 characters [customer-suppression-reason]`],
  ],
  [
    "a suppression's reason hides a line break",
    {
      services: [orders],
      customers: [customerOf(orders, { suppressions: [{ rule: "TOKEN-LIFESPAN-BOUNDS", reason: "Batch jobs need long tokens\nSEC-123" }] })],
    },
    [`${A}: suppressions[0].reason = "Batch jobs need long tokens\\nSEC-123": ${TEXT_RULES.control} (found U+000A) [text-no-control-characters]`],
  ],

  // Environments.
  [
    "a Keycloak off loopback is reached over http",
    { environments: env({ keycloakUrl: "http://sso.atlas.example" }) },
    [
      'environments.ts: sandbox.keycloakUrl = "http://sso.atlas.example": must be https: only a Keycloak on loopback (localhost, 127.0.0.1, [::1]) may use http [environment-url-https]',
    ],
  ],
  [
    "a Keycloak on a private network is reached over http",
    { environments: env({ keycloakUrl: "http://10.0.0.5:8080" }) },
    [
      'environments.ts: sandbox.keycloakUrl = "http://10.0.0.5:8080": must be https: only a Keycloak on loopback (localhost, 127.0.0.1, [::1]) may use http [environment-url-https]',
    ],
  ],
  [
    "the URL ends in a slash",
    { environments: env({ keycloakUrl: "https://sso.atlas.example/" }) },
    [
      'environments.ts: sandbox.keycloakUrl = "https://sso.atlas.example/": must be written "https://sso.atlas.example": no trailing slash, credentials, query or fragment [environment-url-canonical]',
    ],
  ],
  [
    "the URL carries credentials, which the problem does not print",
    { environments: env({ keycloakUrl: "https://admin:s3cret@sso.atlas.example" }) },
    [
      'environments.ts: sandbox.keycloakUrl = "https://***@sso.atlas.example": must be written "https://sso.atlas.example": no trailing slash, credentials, query or fragment [environment-url-canonical]',
    ],
  ],
  [
    "the URL has a query",
    { environments: env({ keycloakUrl: "https://sso.atlas.example?realm=x" }) },
    [
      'environments.ts: sandbox.keycloakUrl = "https://sso.atlas.example?realm=x": must be written "https://sso.atlas.example": no trailing slash, credentials, query or fragment [environment-url-canonical]',
    ],
  ],
  [
    "a loopback URL ends in a slash",
    { environments: env({ keycloakUrl: "http://localhost:8080/" }) },
    [
      'environments.ts: sandbox.keycloakUrl = "http://localhost:8080/": must be written "http://localhost:8080": no trailing slash, credentials, query or fragment [environment-url-canonical]',
    ],
  ],

  // Services limited to environments.
  [
    "a customer is granted a service where it does not exist",
    {
      services: [ordersService({ environments: ["sandbox"] })],
      customers: [customerOf(orders, { environments: ["sandbox", "production"] })],
      environments: { sandbox: SANDBOX, production: PRODUCTION },
    },
    [
      `${A}: grants[0].service = "orders-api": does not exist in production (it exists in sandbox); grant it only where it exists [grant-service-in-environment]`,
    ],
  ],
  [
    "a service names an undeclared environment",
    { services: [ordersService({ environments: ["staging"] as never[] })] },
    ['scopes/orders-api.ts: environments[0] = "staging": is not a declared environment (sandbox) [environment-declared]'],
  ],
  [
    "a service names no environment",
    { services: [ordersService({ environments: [] })] },
    ["scopes/orders-api.ts: environments = []: must list at least one of: sandbox, or be left out for all [service-environments-present]"],
  ],
  [
    "a service names an environment twice",
    { services: [ordersService({ environments: ["sandbox", "sandbox"] })] },
    ['scopes/orders-api.ts: environments[1] = "sandbox": is listed twice [environment-listed-once]'],
  ],

  [
    "the name has a letter followed by a combining accent",
    { services: [orders], customers: [withName("Cafe\u0301 Logistics")] },
    [
      `${A}: name = "Cafe\u0301 Logistics": must be plain Unicode (NFKC): U+0065 U+0301 is a letter and combining marks; write the one character "é" [text-normalized]`,
    ],
  ],

  // Environments that would fight over one stack, realm or state.
  [
    "an environment is named like another's base stack",
    {
      environments: {
        sandbox: { ...SANDBOX, customerShards: 2 },
        "sandbox-base": { ...SANDBOX, keycloakUrl: "http://127.0.0.1:8081", state: { backend: "local", path: "state/other.tfstate" } },
      },
    },
    [
      'environments.ts: sandbox-base.(stacks) = "sandbox-base": is also a stack of environment sandbox; rename sandbox-base or sandbox so their stacks have different names [environment-stacks-distinct]',
    ],
  ],
  [
    "two environments manage one realm on one Keycloak",
    {
      environments: {
        sandbox: SANDBOX,
        staging: { ...SANDBOX, keycloakUrl: "http://127.0.0.1:8080", state: { backend: "local", path: "state/staging.tfstate" } },
      },
    },
    [
      'environments.ts: staging.realm.name = "atlas": is also managed by environment sandbox on http://127.0.0.1:8080; two environments would undo each other\'s deploys: give each its own realm or Keycloak [environment-realm-once]',
    ],
  ],
  [
    "two environments keep one state file",
    {
      environments: {
        sandbox: SANDBOX,
        staging: { ...SANDBOX, realm: { name: "staging", create: true }, state: { backend: "local", path: "state/./sandbox.tfstate" } },
      },
    },
    [
      'environments.ts: staging.state.path = "state/./sandbox.tfstate": is also the state of environment sandbox; each environment needs its own state [environment-state-once]',
    ],
  ],
  [
    "a local state climbs out of the project folder",
    { environments: env({ state: { backend: "local", path: "state/../../shared.tfstate" } }) },
    [
      'environments.ts: sandbox.state.path = "state/../../shared.tfstate": must name a file inside the project folder, not climb out of it with .. [environment-state-local-path]',
    ],
  ],

  // Keyless customers (proof): where their public key is, and where they may live.
  [
    "a keyless customer names both a JWKS URL and a certificate",
    { services: [orders], customers: [keyless({ jwksUrl: "https://a.example/k", certificate: "x" })], environments: { sandbox: ENCRYPTED_SANDBOX } },
    [
      `${A}: proof = {"jwksUrl":"https://a.example/k","certificate":"x"}: must name exactly one of jwksUrl and certificate, not both [customer-proof-shape]`,
      `${A}: proof.certificate = "x": must be one X.509 certificate in PEM: "-----BEGIN CERTIFICATE-----\\n<base64>\\n-----END CERTIFICATE-----" [customer-proof-certificate]`,
    ],
  ],
  [
    "a keyless customer names neither, and a field proof does not have",
    { services: [orders], customers: [keyless({ kid: "k1" })], environments: { sandbox: ENCRYPTED_SANDBOX } },
    [
      `${A}: proof.kid = "k1": is not a field of proof: it holds jwksUrl or certificate, and algorithm [customer-proof-shape]`,
      `${A}: proof = {"kid":"k1"}: must name where the customer's public key is: jwksUrl (a JWKS URL) or certificate (a PEM certificate) [customer-proof-shape]`,
    ],
  ],
  [
    "a keyless customer signs with a shared-secret algorithm",
    {
      services: [orders],
      customers: [keyless({ jwksUrl: "https://keys.acme.example/jwks.json", algorithm: "HS256" })],
      environments: { sandbox: ENCRYPTED_SANDBOX },
    },
    [`${A}: proof.algorithm = "HS256": must be one of RS256, PS256, ES256 [customer-proof-shape]`],
  ],
  [
    "a keyless customer's JWKS is served over plain http, off loopback",
    { services: [orders], customers: [keyless({ jwksUrl: "http://keys.acme.example/jwks.json" })], environments: { sandbox: ENCRYPTED_SANDBOX } },
    [
      `${A}: proof.jwksUrl = "http://keys.acme.example/jwks.json": must be an https URL where the customer publishes its public keys, without credentials or #fragment (http only on loopback: localhost, 127.0.0.1, [::1]) [customer-proof-jwks-url]`,
    ],
  ],
  [
    "a keyless customer's certificate is a private key",
    {
      services: [orders],
      customers: [keyless({ certificate: "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n" })],
      environments: { sandbox: ENCRYPTED_SANDBOX },
    },
    [
      `${A}: proof.certificate = "(a private key, not shown)": is a private key: only the customer may hold it; give its certificate instead, and have the customer make a new key pair [customer-proof-certificate]`,
    ],
  ],
  [
    "a keyless customer lives in an environment deployed with terraform",
    { services: [orders], customers: [keyless({ certificate: CERTIFICATE })], environments: { sandbox: SANDBOX } },
    [
      `${A}: environments[0] = "sandbox": deploys with terraform (its state is not encrypted), which cannot keep a keyless customer's client secret out of the state; a customer with proof needs an environment with state.encryption (OpenTofu) [customer-proof-engine]`,
    ],
  ],
  [
    "a keyless customer has a secret rotation marker",
    {
      services: [orders],
      customers: [customerOf(orders, { proof: { jwksUrl: "https://keys.acme.example/jwks.json" }, secretRotation: "2026-12-03" })],
      environments: { sandbox: ENCRYPTED_SANDBOX },
    },
    [
      `${A}: secretRotation = "2026-12-03": a keyless customer (proof) has no secret to rotate: it rotates its key in its JWKS, or with a new certificate; remove secretRotation [customer-proof-no-secret]`,
    ],
  ],
];

/** A keyless customer whose proof a typed file could not hold. */
function keyless(proof: Record<string, unknown>): CustomerDefinition {
  return untyped({ proof });
}

/** Inputs close to the cases above that must stay allowed. */
const ALLOWED: readonly (readonly [string, Case])[] = [
  ["a description of exactly 255 characters", { services: [orders], customers: [withName("N".repeat(217))] }],
  ["a service description that fills the scope description exactly", { services: [ordersService({ description: "D".repeat(217) })] }],
  ["accented Latin letters", { services: [orders], customers: [withName("Société Générale Logistique")] }],
  ["Japanese with Latin letters", { services: [orders], customers: [withName("株式会社アクメ Acme")] }],
  ["a Cyrillic-only name", { services: [orders], customers: [withName("Акме Логистика")] }],
  ["a dollar sign without a brace", { services: [orders], customers: [withName("Acme $5 Store")] }],
  ["http on 127.0.0.1 and https elsewhere", { environments: { sandbox: SANDBOX, production: PRODUCTION } }],
  [
    "one realm name on two Keycloaks, each with its own state",
    {
      environments: { sandbox: SANDBOX, other: { ...SANDBOX, keycloakUrl: "http://127.0.0.1:8081", state: { backend: "local", path: "state/other.tfstate" } } },
    },
  ],
  ["a local state in a subfolder that goes up and back in", { environments: env({ state: { backend: "local", path: "state/old/../sandbox.tfstate" } }) }],
  [
    "a service limited to the environments its customers are in",
    {
      services: [ordersService({ environments: ["sandbox"] })],
      customers: [customerOf(orders)],
      environments: { sandbox: SANDBOX, production: PRODUCTION },
    },
  ],
  [
    "a keyless customer with a JWKS on loopback, and one with a certificate, where the state is encrypted",
    {
      services: [orders],
      customers: [
        customerOf(orders, { proof: { jwksUrl: "http://127.0.0.1:8088/jwks.json", algorithm: "ES256" } }),
        customerOf(orders, { clientId: "hooli-xyz", proof: { certificate: CERTIFICATE } }),
      ],
      environments: { sandbox: ENCRYPTED_SANDBOX },
    },
  ],
];

describe("careless and hostile input", () => {
  test.each(CASES)("fails when %s", (_, parts, expected) => {
    expect(findProblems(catalogOf(parts)).map(formatProblem)).toEqual(expected);
  });

  test.each(ALLOWED)("accepts %s", (_, parts) => {
    expect(findProblems(catalogOf(parts)).map(formatProblem)).toEqual([]);
  });

  test("has at least 40 failing cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});
