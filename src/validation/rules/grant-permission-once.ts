import { entriesOf, repeatedIndexes } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { grantEntries } from "../grants";

/** A permission is granted once: a repeat reads like a second, different permission in review. */
export const grantPermissionOnce: Rule = {
  id: "grant-permission-once",
  description: "A grant lists each permission once.",
  check: (catalog) =>
    grantEntries(catalog).flatMap(({ file, index, service, permissions }) => {
      if (service === undefined) return [];
      const entries = entriesOf(permissions);
      return repeatedIndexes(entries).map((p) => problemIn(grantPermissionOnce.id, file)(`grants[${index}].permissions[${p}]`, entries[p], "is listed twice"));
    }),
};
