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

/** The plan of one customer's client whose authenticator changes from `before` to `after`. */
function authenticatorMove(before: string, after: string): PlanJson {
  const values = (authenticator: string) => ({ client_id: "acme-logistics", enabled: true, client_authenticator_type: authenticator });
  return {
    resource_changes: [
      {
        address: "keycloak_openid_client.customers_acme-logistics",
        type: "keycloak_openid_client",
        mode: "managed",
        change: { actions: ["update"], before: values(before), after: values(after) },
      },
    ],
  };
}

describe("GIVEN a plan that moves a customer between secret and key", () => {
  test("THEN the review names a move from secret to key", () => {
    const review = reviewPlan("sandbox", authenticatorMove("client-secret", "client-jwt"));
    expect(review.customers).toMatchObject([{ clientId: "acme-logistics", proofMove: "secret-to-key", keyless: true }]);
    expect(formatReview(review)).toContain(
      "| `acme-logistics` | **moves from secret to key**: its secret stops working at the apply; it signs client assertions with its own key (`npm run key` tells it how) |",
    );
  });

  test("THEN the review names a move from key to secret", () => {
    const review = reviewPlan("sandbox", authenticatorMove("client-jwt", "client-secret"));
    expect(review.customers).toMatchObject([{ clientId: "acme-logistics", proofMove: "key-to-secret" }]);
    expect(formatReview(review)).toContain(
      "| `acme-logistics` | **moves from key to secret**: its key stops working at the apply; hand over its secret (`npm run key`) |",
    );
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
