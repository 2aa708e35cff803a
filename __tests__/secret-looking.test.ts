/**
 * A credential pasted into a customer's text fields is refused before anything is synthesized,
 * and the message that refuses it does not repeat it. Pairs: one refused, one accepted.
 */
import { formatProblem } from "../src/problem";
import { looksLikeSecret } from "../src/secret-looking";
import { findProblems } from "../src/validation/validate-catalog";
import { catalogOf, customerOf, ordersService } from "./support/catalog";

const orders = ordersService();
/** Recognisable, and shaped like a live key, so every check that should catch it does. */
const CANARY = "sk_live_CANARY7f3Qx9Lm2Vb8Zr4Tn6Yp1Wd";

describe("looksLikeSecret", () => {
  test.each([
    ["a labelled password", "api@acme.example password=hunter2"],
    ["a labelled token", "token: abc"],
    ["a live API key", CANARY],
    ["an AWS access key id", "AKIAIOSFODNN7EXAMPLE"],
    ["a GitHub token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"],
    ["a JWT", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig"],
    ["a PEM key", "-----BEGIN RSA PRIVATE KEY-----"],
    ["a random run in an e-mail's local part", "Xk29fPq8Lm3Nv7Rt5Wz1@acme.example"],
  ])("recognises %s", (_, text) => {
    expect(looksLikeSecret(text)).toBe(true);
  });

  test.each([
    ["an e-mail", "api-team@acme-logistics.example"],
    ["a long e-mail", "integration-platform-team+orders@very-long-company-name.example"],
    ["a name", "Acme Logistics GmbH & Co. KG"],
    ["a rotation date", "2026-11-29"],
  ])("accepts %s", (_, text) => {
    expect(looksLikeSecret(text)).toBe(false);
  });
});

describe("no-secret-in-text", () => {
  test("fails when a contact holds a credential, and the message hides it", () => {
    const problems = findProblems(catalogOf({ services: [orders], customers: [customerOf(orders, { contact: `ops@acme.example password=${CANARY}` })] }));
    const lines = problems.map(formatProblem);
    expect(lines).toEqual([
      "clients/acme-logistics.ts: contact = (hidden: looks like a secret): must be an e-mail address in ASCII, e.g. api@acme.example [customer-contact]",
      "clients/acme-logistics.ts: contact = (hidden: looks like a secret): looks like a password, token or key; it would be published in the configuration and the review, so remove it (and rotate that credential) [no-secret-in-text]",
    ]);
    expect(lines.join("\n")).not.toContain("CANARY");
  });

  test("fails when the contact is a key in the shape of an e-mail address", () => {
    const lines = findProblems(catalogOf({ services: [orders], customers: [customerOf(orders, { contact: `${CANARY}@acme.example` })] })).map(formatProblem);
    expect(lines).toEqual([
      "clients/acme-logistics.ts: contact = (hidden: looks like a secret): looks like a password, token or key; it would be published in the configuration and the review, so remove it (and rotate that credential) [no-secret-in-text]",
    ]);
  });

  test("accepts ordinary names and contacts", () => {
    expect(findProblems(catalogOf({ services: [orders], customers: [customerOf(orders)] }))).toEqual([]);
  });
});
