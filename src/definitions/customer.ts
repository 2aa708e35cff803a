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
export interface CustomerDefinition<E extends string = EnvironmentName> extends Required<Omit<CustomerProps<E>, "secretRotation">> {
  /** The rotation marker, if any. */
  readonly secretRotation: string | undefined;
}

/** A customer's access-token lifespan when its file sets none: Keycloak's own default for a realm. */
export const DEFAULT_ACCESS_TOKEN_LIFESPAN: Duration = "5m";

/** Declares a customer. The recipe of its client is fixed; only these fields vary per customer. */
export function defineCustomer(props: CustomerProps): CustomerDefinition {
  return {
    ...props,
    enabled: props.enabled ?? true,
    secretRotation: props.secretRotation,
    accessTokenLifespan: props.accessTokenLifespan ?? DEFAULT_ACCESS_TOKEN_LIFESPAN,
    adopt: props.adopt ?? {},
    suppressions: props.suppressions ?? [],
  };
}
