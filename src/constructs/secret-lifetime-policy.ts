import { Construct } from "constructs";
import { RealmClientPolicyProfile } from "../../.gen/providers/keycloak/realm-client-policy-profile";
import { RealmClientPolicyProfilePolicy } from "../../.gen/providers/keycloak/realm-client-policy-profile-policy";
import { durationSeconds } from "../definitions/duration";
import { SECRET_LIFETIME_DEFAULTS, type SecretLifetime } from "../definitions/environment";
import { SECRET_POLICY_ATTRIBUTE, SECRET_POLICY_NAME } from "../keycloak/secret-policy";
import type { RealmReference } from "./api-realm";

/** Seconds of each period of a declared `secrets`, defaults applied. */
export function secretLifetimeSeconds(secrets: SecretLifetime): { graceSeconds: number; expirySeconds: number } {
  return {
    graceSeconds: durationSeconds(secrets.gracePeriod ?? SECRET_LIFETIME_DEFAULTS.gracePeriod) ?? Number.NaN,
    expirySeconds: durationSeconds(secrets.expiresAfter ?? SECRET_LIFETIME_DEFAULTS.expiresAfter) ?? Number.NaN,
  };
}

/** Props of {@link SecretLifetimePolicy}. */
export interface SecretLifetimePolicyProps {
  /** The realm whose client policies get the profile and the policy. */
  readonly realm: RealmReference;
  /** The environment's declared `secrets`; a field left out takes its default. */
  readonly secrets: SecretLifetime;
}

/**
 * Keycloak's secret-rotation executor, applied to the customers' clients: when a secret is
 * regenerated (a changed `secretRotation`), the previous one stays valid for the grace period,
 * and every secret expires a set time after it was issued. A client profile holds the executor;
 * a client policy applies it to the clients that carry {@link SECRET_POLICY_ATTRIBUTE}.
 * https://www.keycloak.org/docs/latest/server_admin/#_secret_rotation
 */
export class SecretLifetimePolicy extends Construct {
  /** The client policy; customers' clients are created after it, so Keycloak applies it from their first secret. */
  readonly policy: RealmClientPolicyProfilePolicy;

  constructor(scope: Construct, id: string, props: SecretLifetimePolicyProps) {
    super(scope, id);
    const { graceSeconds, expirySeconds } = secretLifetimeSeconds(props.secrets);
    const profile = new RealmClientPolicyProfile(this, "profile", {
      realmId: props.realm.realmId,
      name: SECRET_POLICY_NAME,
      description: "Managed by keycloak-api-keys: customers' secrets expire, and a rotated one keeps working for a grace period",
      executor: [
        {
          name: "secret-rotation",
          configuration: {
            "expiration-period": String(expirySeconds),
            "rotated-expiration-period": String(graceSeconds),
            // Only dynamically registered clients rotate by themselves in this window; ours rotate
            // when their file says so. Keycloak requires it to be at most the expiration period.
            "remaining-rotation-period": String(Math.min(expirySeconds, graceSeconds)),
          },
        },
      ],
    });
    this.policy = new RealmClientPolicyProfilePolicy(this, "Default", {
      realmId: props.realm.realmId,
      name: SECRET_POLICY_NAME,
      description: "Managed by keycloak-api-keys: applies the secret lifetime to customers' clients",
      enabled: true,
      profiles: [profile.name],
      condition: [
        {
          name: "client-attributes",
          configuration: {
            attributes: JSON.stringify([{ key: SECRET_POLICY_ATTRIBUTE, value: SECRET_POLICY_NAME }]),
            "is-negative-logic": "false",
          },
        },
      ],
    });
  }
}
