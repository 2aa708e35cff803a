import { shown, type PolicyRule } from "../policy-rule";

/** The longest a rotated-out secret may keep working: long enough for a customer to move, short enough to contain a leak. */
export const SECRET_GRACE_MAX_SECONDS = 30 * 86_400;

/**
 * The secret-rotation executor of a client profile keeps a rotated secret valid for at most 30
 * days: a rotation after a leak must end the leaked secret soon.
 */
export const secretGraceBounds = {
  id: "SECRET-GRACE-BOUNDS",
  reason: "A rotated-out secret keeps working at most 30 days: a rotation made because a secret leaked must end it soon.",
  check: (resource) => {
    if (resource.block !== "resource" || resource.type !== "keycloak_realm_client_policy_profile") return [];
    const executors = resource.attributes.executor;
    if (!Array.isArray(executors)) return [];
    return executors
      .filter((executor: { name?: unknown }) => executor.name === "secret-rotation")
      .flatMap((executor: { configuration?: Record<string, unknown> }) => {
        const value = executor.configuration?.["rotated-expiration-period"];
        const seconds = Number(value);
        return Number.isInteger(seconds) && seconds >= 0 && seconds <= SECRET_GRACE_MAX_SECONDS
          ? []
          : [`${shown("rotated-expiration-period", value)}: must be 0 to ${SECRET_GRACE_MAX_SECONDS} seconds (30 days)`];
      });
  },
} satisfies PolicyRule;
