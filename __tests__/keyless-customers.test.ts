/**
 * Keyless customers (`proof`: private_key_jwt) without Keycloak: the client the stack synthesizes
 * for them, the review of a move between secret and key, and the hand-over `npm run key` prints.
 * Against a real Keycloak and a real deploy: integration/keyless-customers.test.ts.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { OpenidClient } from "../.gen/providers/keycloak/openid-client";
import type { CustomerDefinition } from "../src/definitions/customer";
import { formatHandover, type KeylessHandover } from "../src/operations/hand-over-key";
import type { PlanJson } from "../src/review/plan-json";
import { formatReview, reviewPlan } from "../src/review/review-summary";
import { PROJECT_ROOT, exampleFiles, tempProject } from "../testkit/temp-project";
import { customerOf, ordersService } from "./support/catalog";
import { CERTIFICATE, ENCRYPTED_SANDBOX } from "./support/keyless";
import { parse, resource, synthStack } from "./support/synth";

const orders = ordersService();
const JWKS_URL = "https://keys.acme.example/.well-known/jwks.json";
const jwksCustomer = customerOf(orders, { proof: { jwksUrl: JWKS_URL } });
const certificateCustomer = customerOf(orders, { clientId: "hooli-xyz", name: "Hooli XYZ", proof: { certificate: CERTIFICATE, algorithm: "ES256" } });

function synthesized(customers: readonly CustomerDefinition[]) {
  return synthStack({ services: [orders], customers, environment: ENCRYPTED_SANDBOX });
}

describe("GIVEN a keyless customer whose public keys are at a JWKS URL", () => {
  const stack = synthesized([jwksCustomer]);
  const json = parse(stack);
  const client = resource(json, OpenidClient.tfResourceType, "customers_acme-logistics");

  test("THEN its client authenticates with a signed JWT, checked against the JWKS, RS256 only", () => {
    expect(client).toMatchObject({
      access_type: "CONFIDENTIAL",
      service_accounts_enabled: true,
      client_authenticator_type: "client-jwt",
      extra_config: {
        "client.use.lightweight.access.token.enabled": "false",
        "use.jwks.url": "true",
        "jwks.url": JWKS_URL,
        "token.endpoint.auth.signing.alg": "RS256",
      },
    });
  });

  test("THEN its secret is write-only and empty, so Keycloak generates one that the state never holds", () => {
    expect(client).toMatchObject({ client_secret_wo: "", client_secret_wo_version: "keyless" });
    expect(client).not.toHaveProperty("client_secret");
    expect(client).not.toHaveProperty("client_secret_regenerate_when_changed");
  });

  test("THEN its authenticator's terraform_data says client-jwt and keyless, and the client is replaced when keyless changes", () => {
    expect(resource(json, "terraform_data", "customers_acme-logistics_authenticator")).toEqual({ input: { authenticator: "client-jwt", keyless: true } });
    expect(resource(json, OpenidClient.tfResourceType, "customers_acme-logistics").lifecycle).toEqual({
      replace_triggered_by: ["terraform_data.customers_acme-logistics_authenticator.input.keyless"],
    });
  });

  test("THEN no output carries a secret for it", () => {
    expect(Object.keys(json.output ?? {})).not.toContain("customers_acme-logistics_client-secret");
  });

  test("THEN the stack is as the snapshot shows", () => {
    expect(stack).toMatchSnapshot();
  });
});

describe("GIVEN a keyless customer with a certificate and ES256", () => {
  const json = parse(synthesized([certificateCustomer]));
  const client = resource(json, OpenidClient.tfResourceType, "customers_hooli-xyz");

  test("THEN Keycloak gets the certificate as base64 DER, without the PEM armour, and only ES256", () => {
    const der = CERTIFICATE.replace(/-----[A-Z ]+-----|\s/g, "");
    expect(client).toMatchObject({
      client_authenticator_type: "client-jwt",
      extra_config: { "use.jwks.url": "false", "jwt.credential.certificate": der, "token.endpoint.auth.signing.alg": "ES256" },
    });
  });
});

describe("GIVEN an environment with a secret policy", () => {
  const json = parse(
    synthStack({ services: [orders], customers: [jwksCustomer], environment: { ...ENCRYPTED_SANDBOX, secrets: { gracePeriod: "1d", expiresAfter: "30d" } } }),
  );

  test("THEN a keyless customer's client does not carry it: it has no secret to expire", () => {
    const extraConfig = resource(json, OpenidClient.tfResourceType, "customers_acme-logistics").extra_config as Record<string, string>;
    expect(Object.keys(extraConfig).sort()).toEqual([
      "client.use.lightweight.access.token.enabled",
      "jwks.url",
      "token.endpoint.auth.signing.alg",
      "use.jwks.url",
    ]);
  });
});

const CLIENT_ADDRESS = "keycloak_openid_client.customers_acme-logistics";
const AUTHENTICATOR_ADDRESS = "terraform_data.customers_acme-logistics_authenticator";

/** One planned change of the plan JSON. */
function planned(address: string, actions: string[], before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  return { address, type: address.split(".")[0]!, mode: "managed" as const, change: { actions, before, after } };
}

/**
 * The plan of a customer that moves from `before` to `after` authenticator, as the engine makes it:
 * the authenticator's terraform_data is updated, which replaces the client (replace_triggered_by),
 * and with it its scopes and roles, which name the client by its Keycloak id.
 */
function authenticatorMove(before: string, after: string): PlanJson {
  const values = (authenticator: string) => ({ client_id: "acme-logistics", enabled: true, client_authenticator_type: authenticator });
  const replace = ["delete", "create"];
  return {
    resource_changes: [
      planned(AUTHENTICATOR_ADDRESS, ["update"], { input: { authenticator: before } }, { input: { authenticator: after } }),
      planned(CLIENT_ADDRESS, replace, values(before), values(after)),
      planned("keycloak_openid_client_default_scopes.customers_acme-logistics_default-scopes", replace, { client_id: "old" }, {}),
      planned("keycloak_openid_client_optional_scopes.customers_acme-logistics_optional-scopes", replace, { client_id: "old" }, {}),
      planned("keycloak_user_roles.customers_acme-logistics_service-account-roles", replace, { user_id: "old" }, {}),
    ],
  };
}

describe("GIVEN a plan that moves a customer between secret and key", () => {
  test("THEN the review names a move from secret to key, and warns once that the customer gets a new client", () => {
    const review = reviewPlan("sandbox", authenticatorMove("client-secret", "client-jwt"));
    expect(review.customers).toMatchObject([{ clientId: "acme-logistics", lifecycle: "changed", proofMove: "secret-to-key", keyless: true }]);
    expect(review.warnings).toEqual([
      `${CLIENT_ADDRESS} would be replaced: customer acme-logistics moves from secret to key: it gets a new client, its secret stops working and none is kept; it signs client assertions with its own key`,
    ]);
    expect(review.authenticatorsRecorded).toBe(0);
    expect(formatReview(review)).toContain(
      "| `acme-logistics` | **moves from secret to key**: it gets a new client, and its secret stops working at the apply; it signs client assertions with its own key (`npm run key` tells it how) |",
    );
  });

  test("THEN the review names a move from key to secret, and warns once that the customer gets a new client with a new secret", () => {
    const review = reviewPlan("sandbox", authenticatorMove("client-jwt", "client-secret"));
    expect(review.customers).toMatchObject([{ clientId: "acme-logistics", lifecycle: "changed", proofMove: "key-to-secret" }]);
    expect(review.customers[0]?.keyless).toBeUndefined();
    expect(review.warnings).toEqual([
      `${CLIENT_ADDRESS} would be replaced: customer acme-logistics moves from key to secret: it gets a new client with a new secret, to hand over (\`npm run key\`); its key stops working`,
    ]);
    expect(formatReview(review)).toContain(
      "| `acme-logistics` | **moves from key to secret**: it gets a new client, and its key stops working at the apply; hand over its new secret (`npm run key`) |",
    );
  });
});

describe("GIVEN a plan that creates the authenticator's terraform_data of customers already deployed (an upgraded stack)", () => {
  const upgrade: PlanJson = {
    resource_changes: [
      planned(AUTHENTICATOR_ADDRESS, ["create"], null, { input: { authenticator: "client-secret" } }),
      planned("terraform_data.customers_hooli-xyz_authenticator", ["create"], null, { input: { authenticator: "client-jwt", keyless: true } }),
      planned(CLIENT_ADDRESS, ["no-op"], { client_id: "acme-logistics" }, { client_id: "acme-logistics" }),
    ],
  };

  test("THEN no customer is reported changed and nothing warns; the review says what the additions are", () => {
    const review = reviewPlan("sandbox", upgrade);
    expect(review).toMatchObject({ changes: true, counts: { add: 2, change: 0, destroy: 0 }, customers: [], warnings: [], authenticatorsRecorded: 2 });
    expect(formatReview(review)).toBe(
      [
        "### Keycloak API keys: `sandbox`",
        "",
        "2 to add, 0 to change, 0 to destroy.",
        "",
        "2 customers get a record of how it authenticates (`terraform_data`, in the state only); nothing changes in Keycloak.",
        "",
      ].join("\n"),
    );
  });

  test("THEN a new customer's terraform_data is part of its addition, not a record of an upgrade", () => {
    const review = reviewPlan("sandbox", {
      resource_changes: [
        planned(AUTHENTICATOR_ADDRESS, ["create"], null, { input: { authenticator: "client-jwt", keyless: true } }),
        planned(CLIENT_ADDRESS, ["create"], null, { client_id: "acme-logistics", client_authenticator_type: "client-jwt" }),
      ],
    });
    expect(review).toMatchObject({ customers: [{ clientId: "acme-logistics", lifecycle: "added", keyless: true }], warnings: [], authenticatorsRecorded: 0 });
  });

  test("THEN a removed customer's terraform_data goes with its client, with no warning of its own", () => {
    const review = reviewPlan("sandbox", {
      resource_changes: [
        planned(AUTHENTICATOR_ADDRESS, ["delete"], { input: { authenticator: "client-secret" } }, null),
        planned(CLIENT_ADDRESS, ["delete"], { client_id: "acme-logistics" }, null),
      ],
    });
    expect(review.customers).toMatchObject([{ clientId: "acme-logistics", lifecycle: "removed" }]);
    expect(review.warnings).toEqual(["customer acme-logistics is removed: its client is destroyed and its API key stops working"]);
  });
});

describe("GIVEN the hand-over of a keyless customer", () => {
  const handover: KeylessHandover = {
    environment: "sandbox",
    clientId: "acme-logistics",
    proof: { jwksUrl: JWKS_URL },
    algorithm: "RS256",
    tokenUrl: "https://sso.atlas.example/realms/atlas/protocol/openid-connect/token",
    assertionAudience: "https://sso.atlas.example/realms/atlas",
    audience: ["orders-api"],
    permissions: { "orders-api": ["orders:read"] },
  };

  test("THEN it says what the assertion holds and how to post it, and that there is no secret", () => {
    expect(formatHandover(handover)).toBe(
      [
        "environment:   sandbox",
        "client_id:     acme-logistics",
        "client_secret: none: this customer proves itself with its private key (private_key_jwt)",
        `public keys:   ${JWKS_URL} (Keycloak fetches them there)`,
        "token_url:     https://sso.atlas.example/realms/atlas/protocol/openid-connect/token",
        "audience:      orders-api",
        "permissions:   orders-api: orders:read",
        "",
        `# the client assertion: a JWT signed RS256 with the customer's private key ("kid" of its key in the header), with`,
        "#   iss = sub = acme-logistics",
        "#   aud = https://sso.atlas.example/realms/atlas",
        "#   jti = a new random id for every request (Keycloak refuses one it has seen), exp = now + 60 s at most",
        "# then a token, valid for minutes; send it as `Authorization: Bearer <access_token>`",
        "curl -s -d grant_type=client_credentials -d client_id='acme-logistics' \\",
        "  -d client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \\",
        `  --data-urlencode "client_assertion=$ASSERTION" 'https://sso.atlas.example/realms/atlas/protocol/openid-connect/token'`,
      ].join("\n"),
    );
  });
});

describe("GIVEN npm run key for a keyless customer in a CI job, with no state at all", () => {
  test("THEN it prints the hand-over: there is no secret to keep out of the log, and nothing to read", () => {
    // environments.ts given as a file, so the copy has its own (the default links the project's).
    const environments = fs.readFileSync(path.join(PROJECT_ROOT, "environments.ts"), "utf8");
    const encrypted = environments.replace(
      'state: { backend: "local", path: "state/sandbox.tfstate" }',
      'state: { backend: "local", path: "state/sandbox.tfstate", encryption: { passphraseVariable: "sandbox_state_passphrase" } }',
    );
    expect(encrypted).not.toBe(environments);
    const root = tempProject({ ...exampleFiles(), "environments.ts": encrypted });
    try {
      expect(fs.lstatSync(path.join(root, "environments.ts")).isSymbolicLink()).toBe(false);
      fs.writeFileSync(
        path.join(root, "clients", "keyless-co.ts"),
        [
          'import { defineCustomer } from "../src/definitions/customer";',
          'import ordersApi from "../scopes/orders-api";',
          "",
          "export default defineCustomer({",
          '  clientId: "keyless-co",',
          '  name: "Keyless Co",',
          '  contact: "api@keyless.example",',
          '  grants: [ordersApi.grant("orders:read")],',
          '  environments: ["sandbox"],',
          `  proof: { jwksUrl: ${JSON.stringify(JWKS_URL)} },`,
          "});",
          "",
        ].join("\n"),
      );
      const result = spawnSync("npm", ["run", "--silent", "key", "--", "sandbox", "keyless-co", "--json"], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CI: "true", NO_COLOR: "1" },
      });
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
      expect(JSON.parse(result.stdout)).toEqual({
        environment: "sandbox",
        clientId: "keyless-co",
        proof: { jwksUrl: JWKS_URL },
        algorithm: "RS256",
        tokenUrl: "http://127.0.0.1:8080/realms/atlas/protocol/openid-connect/token",
        assertionAudience: "http://127.0.0.1:8080/realms/atlas",
        audience: ["orders-api"],
        permissions: { "orders-api": ["orders:read"] },
      });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
