import { entriesOf, repeatedIndexes } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A permission is declared once: it is one client role. */
export const servicePermissionOnce: Rule = {
  id: "service-permission-once",
  description: "A service lists each permission once.",
  check: (catalog) =>
    catalog.services.flatMap(({ file, definition }) => {
      const entries = entriesOf(definition.permissions);
      return repeatedIndexes(entries).map((index) => problemIn(servicePermissionOnce.id, file)(`permissions[${index}]`, entries[index], "is listed twice"));
    }),
};
