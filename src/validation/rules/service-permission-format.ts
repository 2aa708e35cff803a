import { entriesOf } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * A permission is a client role name and part of Terraform logical ids: lowercase words joined by
 * ":" or "-", e.g. `orders:read`. No "_", so ":" can map to "_" in logical ids without clashes.
 */
export const PERMISSION_PATTERN = /^[a-z][a-z0-9]*(?:[:-][a-z0-9]+)*$/;
const PERMISSION_MAX_LENGTH = 64;

/** Permissions are short lowercase words. */
export const servicePermissionFormat: Rule = {
  id: "service-permission-format",
  description: `Each permission is at most ${PERMISSION_MAX_LENGTH} characters of lowercase words joined by ":" or "-".`,
  check: (catalog) =>
    catalog.services.flatMap(({ file, definition }) =>
      entriesOf(definition.permissions).flatMap((permission, index) =>
        typeof permission === "string" && PERMISSION_PATTERN.test(permission) && permission.length <= PERMISSION_MAX_LENGTH
          ? []
          : [
              problemIn(servicePermissionFormat.id, file)(
                `permissions[${index}]`,
                permission,
                `must be at most ${PERMISSION_MAX_LENGTH} characters of lowercase words joined by ":" or "-", e.g. "orders:read"`,
              ),
            ],
      ),
    ),
};
