import { isNonEmptyList } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A service without permissions could be granted nothing. */
export const servicePermissionsPresent: Rule = {
  id: "service-permissions-present",
  description: "A service declares at least one permission.",
  check: (catalog) =>
    catalog.services
      .filter(({ definition }) => !isNonEmptyList(definition.permissions))
      .map(({ file, definition }) =>
        problemIn(servicePermissionsPresent.id, file)("permissions", definition.permissions, 'must list at least one permission, e.g. ["orders:read"]'),
      ),
};
