import { CLIENT_ID_MAX_LENGTH, CLIENT_ID_MIN_LENGTH, CLIENT_ID_PATTERN, clientIdOwners } from "../client-id";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** clientIds are slugs of bounded length. */
export const clientIdFormat: Rule = {
  id: "client-id-format",
  description: "A clientId is a lowercase slug of 3 to 63 characters.",
  check: (catalog) =>
    clientIdOwners(catalog)
      .filter(
        ({ clientId }) =>
          typeof clientId !== "string" || !CLIENT_ID_PATTERN.test(clientId) || clientId.length < CLIENT_ID_MIN_LENGTH || clientId.length > CLIENT_ID_MAX_LENGTH,
      )
      .map(({ file, clientId }) =>
        problemIn(clientIdFormat.id, file)(
          "clientId",
          clientId,
          `must be ${CLIENT_ID_MIN_LENGTH} to ${CLIENT_ID_MAX_LENGTH} characters of lowercase letters, digits and single hyphens, starting and ending with a letter or digit`,
        ),
      ),
};
