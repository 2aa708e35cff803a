import { environmentLists } from "../environment-lists";
import { entriesOf } from "../lists";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** Customers and services name only environments of environments.ts; the compiler checks typed files. */
export const environmentDeclared: Rule = {
  id: "environment-declared",
  description: "Every environment a customer or service names is declared in environments.ts.",
  check: (catalog) => {
    const known = Object.keys(catalog.environments);
    return environmentLists(catalog).flatMap(({ file, value }) =>
      entriesOf(value).flatMap((name, index) =>
        typeof name === "string" && known.includes(name)
          ? []
          : [problemIn(environmentDeclared.id, file)(`environments[${index}]`, name, `is not a declared environment (${known.join(", ")})`)],
      ),
    );
  },
};
