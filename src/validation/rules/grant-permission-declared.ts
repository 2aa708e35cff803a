import { entriesOf } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { grantEntries } from "../grants";

/** A granted permission is one its service declares. The compiler checks typed files; this catches the rest. */
export const grantPermissionDeclared: Rule = {
  id: "grant-permission-declared",
  description: "Each granted permission is declared by its service.",
  check: (catalog) =>
    grantEntries(catalog).flatMap(({ file, index, service, permissions }) =>
      service === undefined
        ? []
        : entriesOf(permissions).flatMap((permission, p) =>
            typeof permission === "string" && (service.permissions as readonly string[]).includes(permission)
              ? []
              : [
                  problemIn(grantPermissionDeclared.id, file)(
                    `grants[${index}].permissions[${p}]`,
                    permission,
                    `is not a permission of ${service.clientId} (${service.permissions.join(", ")})`,
                  ),
                ],
          ),
    ),
};
