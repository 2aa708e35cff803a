import type { EnvironmentName } from "./environment";
import type { PolicyRuleId } from "../policy/rule-ids";
import type { Duration } from "./duration";
import type { Grant } from "./service";

/**
 * A policy rule one customer is exempt from, and why. It shows in review twice: in the customer's
 * file, and as a `//` comment on the customer's resource in the synthesized JSON and its snapshot.
 */
export interface PolicySuppression {
  /** The rule's id, e.g. `"TOKEN-LIFESPAN-BOUNDS"` (see docs/rules.md, policy rules). */
  readonly rule: PolicyRuleId;
  /** Why this customer may break the rule, for the reviewer: at least 20 characters. */
  readonly reason: string;
}

/** Signing algorithms a keyless customer's assertion may use (Keycloak's `token.endpoint.auth.signing.alg`). */
export const PROOF_ALGORITHMS = ["RS256", "PS256", "ES256"] as const;

/** One of {@link PROOF_ALGORITHMS}. */
export type ProofAlgorithm = (typeof PROOF_ALGORITHMS)[number];

/** The algorithm a keyless customer signs with when its file names none. */
export const DEFAULT_PROOF_ALGORITHM: ProofAlgorithm = "RS256";

/**
 * How a keyless customer proves itself instead of a secret: it signs a short JWT (the client
 * assertion, OAuth's `private_key_jwt`) with its private key, and Keycloak checks the signature
 * against the public key named here. Exactly one of `jwksUrl` and `certificate`.
 */
export type CustomerProof = (
  | {
      /**
       * Where the customer publishes its public keys as a JWKS (https; http only on loopback).
       * Keycloak fetches it, so the customer rotates its key by publishing a new one there.
       */
      readonly jwksUrl: string;
      readonly certificate?: undefined;
    }
  | {
      /** The customer's X.509 certificate, PEM (`-----BEGIN CERTIFICATE-----` ...); a new one means a change of this file. */
      readonly certificate: string;
      readonly jwksUrl?: undefined;
    }
) & {
  /**
   * The only algorithm Keycloak accepts for the customer's assertion.
   * @default "RS256"
   */
  readonly algorithm?: ProofAlgorithm;
};

/**
 * What a `clients/<clientId>.ts` file declares: one third-party customer and its API key.
 * `E` are the environment names; by default those the project's environments file declares.
 */
export interface CustomerProps<E extends string = EnvironmentName> {
  /** The customer's client_id, the user name of its API key. Equals the file name. */
  readonly clientId: string;
  /** Display name, shown in Keycloak's admin console. */
  readonly name: string;
  /** Who to reach about this key (an e-mail address). */
  readonly contact: string;
  /** What the customer may call: `ordersApi.grant("orders:read")`, one grant per service. */
  readonly grants: readonly Grant[];
  /** The environments the customer's client exists in. */
  readonly environments: readonly E[];
  /**
   * `false` suspends the customer: its client stays (and keeps its secret) but gets no tokens.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Any text; setting or changing it makes Keycloak generate a new secret, and the old one stops
   * working. A date is a good habit: `"2026-11-29"`.
   * @default - none: the client keeps the secret Keycloak generated first (or the adopted client's)
   */
  readonly secretRotation?: string;
  /**
   * A keyless customer: how it proves itself with its own key pair (`private_key_jwt`) instead of a
   * secret. No secret is handed over, and none is kept in the state. Needs OpenTofu: every
   * environment of the customer must encrypt its state (rule customer-proof-engine).
   * @default - none: the customer gets a secret Keycloak generates
   */
  readonly proof?: CustomerProof;
  /**
   * How long the customer's access tokens live, within the policy's bounds (1 minute to 1 hour,
   * TOKEN-LIFESPAN-BOUNDS). A token already issued lives until it expires, also after the
   * customer is suspended or its secret rotated: this is how long that can be.
   * @default "5m" - Keycloak's own default for a realm
   */
  readonly accessTokenLifespan?: Duration;
  /**
   * Clients that exist already, created by hand with live keys, to bring under management
   * instead of creating new ones: by environment, the client's Keycloak id (the UUID in the admin
   * console's URL `.../clients/<id>/settings`, not its client id). The first deploy imports the
   * client and converges its settings to the recipe; its secret stays.
   * @default {} - the stack creates the client
   */
  readonly adopt?: Readonly<Partial<Record<E, string>>>;
  /**
   * Policy rules this customer is exempt from, each with a written reason.
   * @default [] - every policy rule applies
   */
  readonly suppressions?: readonly PolicySuppression[];
}

/** A customer, with defaults applied. */
export interface CustomerDefinition<E extends string = EnvironmentName> extends Required<Omit<CustomerProps<E>, "secretRotation" | "proof">> {
  /** The rotation marker, if any. */
  readonly secretRotation: string | undefined;
  /** How a keyless customer proves itself; `undefined` for a customer with a secret. */
  readonly proof: CustomerProof | undefined;
}

/** A customer's access-token lifespan when its file sets none: Keycloak's own default for a realm. */
export const DEFAULT_ACCESS_TOKEN_LIFESPAN: Duration = "5m";

/** Declares a customer. The recipe of its client is fixed; only these fields vary per customer. */
export function defineCustomer(props: CustomerProps): CustomerDefinition {
  return {
    ...props,
    enabled: props.enabled ?? true,
    secretRotation: props.secretRotation,
    proof: props.proof,
    accessTokenLifespan: props.accessTokenLifespan ?? DEFAULT_ACCESS_TOKEN_LIFESPAN,
    adopt: props.adopt ?? {},
    suppressions: props.suppressions ?? [],
  };
}
