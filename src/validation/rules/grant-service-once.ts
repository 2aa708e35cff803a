import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { grantEntries } from "../grants";

/** One grant per service: two would split its permissions over two places a reviewer must add up. */
export const grantServiceOnce: Rule = {
  id: "grant-service-once",
  description: "A customer grants each service once, with all its permissions in that grant.",
  check: (catalog) =>
    grantEntries(catalog)
      .filter(({ service, repeated }) => service !== undefined && repeated)
      .map(({ file, index, serviceClientId }) =>
        problemIn(grantServiceOnce.id, file)(`grants[${index}].service`, serviceClientId, "is granted twice; list all its permissions in one grant"),
      ),
};
