import { problemIn, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * A permission is a client role name and part of Terraform logical ids: lowercase words joined by
 * ":" or "-", e.g. `orders:read`. No "_", so ":" can map to "_" in logical ids without clashes.
 */
export const PERMISSION_PATTERN = /^[a-z][a-z0-9]*(?:[:-][a-z0-9]+)*$/;
const PERMISSION_MAX_LENGTH = 64;

/** A service declares at least one permission, each well-formed and unique. */
export const servicePermissions: Rule = {
  id: "service-permissions",
  description: 'A service declares at least one permission; each is lowercase words joined by ":" or "-", listed once.',
  check: (catalog) =>
    catalog.services.flatMap(({ file, definition }): Problem[] => {
      const problem = problemIn(servicePermissions.id, file);
      const permissions: unknown = definition.permissions;
      if (!Array.isArray(permissions) || permissions.length === 0) {
        return [problem("permissions", permissions, 'must list at least one permission, e.g. ["orders:read"]')];
      }
      return permissions.flatMap((permission: unknown, index): Problem[] => {
        const field = `permissions[${index}]`;
        if (typeof permission !== "string" || !PERMISSION_PATTERN.test(permission) || permission.length > PERMISSION_MAX_LENGTH) {
          return [
            problem(
              field,
              permission,
              `must be at most ${PERMISSION_MAX_LENGTH} characters of lowercase words joined by ":" or "-", e.g. "orders:read"`,
            ),
          ];
        }
        if (permissions.indexOf(permission) !== index) return [problem(field, permission, "is listed twice")];
        return [];
      });
    }),
};
