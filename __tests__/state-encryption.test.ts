/**
 * GIVEN an environment whose state is encrypted, WHEN its stack is synthesized, THEN the stack
 * carries OpenTofu's `terraform { encryption { ... } }` block with a key derived from a sensitive
 * variable, and never a key. The deploy against OpenTofu is in integration/state-encryption.test.ts.
 */
import { formatProblem } from "../src/problem";
import { findProblems } from "../src/validation/validate-catalog";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import { SANDBOX, catalogOf, customerOf, ordersService } from "./support/catalog";
import { parse, synthStack } from "./support/synth";

const orders = ordersService();
const ENCRYPTED: EnvironmentDefinition = {
  ...SANDBOX,
  state: { backend: "local", path: "state/sandbox.tfstate", encryption: { passphraseVariable: "sandbox_state_passphrase" } },
};

describe("state encryption", () => {
  test("is off by default: no encryption block and no variable", () => {
    const json = parse(synthStack({ services: [orders], customers: [customerOf(orders)] }));
    expect(json.terraform).not.toHaveProperty("encryption");
    expect(json).not.toHaveProperty("variable");
  });

  test("adds OpenTofu's encryption block: AES-GCM, PBKDF2 from the named variable, enforced for state and plans", () => {
    const json = parse(synthStack({ services: [orders], customers: [customerOf(orders)], environment: ENCRYPTED }));
    expect(json.terraform?.encryption).toEqual({
      key_provider: { pbkdf2: { state: { passphrase: "${var.sandbox_state_passphrase}" } } },
      method: { aes_gcm: { state: { keys: "${key_provider.pbkdf2.state}" } } },
      state: { method: "method.aes_gcm.state", enforced: true },
      plan: { method: "method.aes_gcm.state", enforced: true },
    });
    // The backend stays as it was; encryption is on top of it.
    expect(json.terraform?.backend).toEqual({ local: { path: "../../../state/sandbox.tfstate" } });
  });

  test("declares the passphrase as a sensitive variable without a default, so the synthesized JSON holds no key", () => {
    const json = parse(synthStack({ services: [orders], customers: [customerOf(orders)], environment: ENCRYPTED })) as {
      variable?: Record<string, Record<string, unknown>>;
    };
    expect(json.variable).toEqual({
      sandbox_state_passphrase: {
        type: "string",
        sensitive: true,
        nullable: false,
        description: "Passphrase of the state's encryption (OpenTofu, at least 16 characters); set TF_VAR_sandbox_state_passphrase",
      },
    });
  });

  test.each([
    ["a passphrase instead of a name", "correct horse battery staple"],
    ["a hyphen", "state-passphrase"],
    ["an empty name", ""],
  ])("fails when passphraseVariable is %s", (_, passphraseVariable) => {
    const environment = { ...SANDBOX, state: { ...SANDBOX.state, encryption: { passphraseVariable } } } as EnvironmentDefinition;
    expect(findProblems(catalogOf({ services: [orders], customers: [customerOf(orders)], environments: { sandbox: environment } })).map(formatProblem)).toEqual(
      [
        `environments.ts: sandbox.state.encryption.passphraseVariable = ${JSON.stringify(passphraseVariable)}: must be a Terraform variable name (letters, digits and _, not starting with a digit); the passphrase itself goes in TF_VAR_<name> at deploy time [state-encryption]`,
      ],
    );
  });

  test("accepts a variable name", () => {
    expect(findProblems(catalogOf({ services: [orders], customers: [customerOf(orders)], environments: { sandbox: ENCRYPTED } }))).toEqual([]);
  });
});
