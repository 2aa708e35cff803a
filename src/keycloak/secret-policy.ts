/** Name of the realm's client profile and client policy that give customers' secrets their lifetime. */
export const SECRET_POLICY_NAME = "api-keys-secret-lifetime";

/**
 * The client attribute that puts a client under the secret policy: every customer's client carries
 * it (with the policy's name as value) in an environment that declares `secrets`, and no other client.
 */
export const SECRET_POLICY_ATTRIBUTE = "api-keys.secret-policy";

/** Client attributes where Keycloak's secret-rotation executor keeps its times, in seconds since 1970. */
export const SECRET_TIME_ATTRIBUTES = {
  /** When the current secret stops working. */
  expires: "client.secret.expiration.time",
  /** When the current secret was issued. */
  issued: "client.secret.creation.time",
  /** When the previous secret, kept after a rotation, stops working. */
  previousExpires: "client.secret.rotated.expiration.time",
} as const;
