import { environmentLists } from "../environment-lists";
import { entriesOf, repeatedIndexes } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** An environment is listed once per file. */
export const environmentListedOnce: Rule = {
  id: "environment-listed-once",
  description: "A customer or service lists each environment once.",
  check: (catalog) =>
    environmentLists(catalog).flatMap(({ file, value }) => {
      const entries = entriesOf(value);
      return repeatedIndexes(entries).map((index) => problemIn(environmentListedOnce.id, file)(`environments[${index}]`, entries[index], "is listed twice"));
    }),
};
