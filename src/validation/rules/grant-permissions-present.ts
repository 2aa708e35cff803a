import { isNonEmptyList } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { grantEntries } from "../grants";

/** A grant gives at least one permission: an audience without a role opens nothing. */
export const grantPermissionsPresent: Rule = {
  id: "grant-permissions-present",
  description: "Each grant names at least one permission of its service.",
  check: (catalog) =>
    grantEntries(catalog).flatMap(({ file, index, service, permissions }) =>
      service !== undefined && !isNonEmptyList(permissions)
        ? [problemIn(grantPermissionsPresent.id, file)(`grants[${index}].permissions`, permissions, `must name at least one permission of ${service.clientId}`)]
        : [],
    ),
};
