import { problemIn } from "../../problem";
import type { Rule } from "../rule";

const OWNERSHIPS: readonly unknown[] = ["managed", "existing"];

/** Who owns the service's client decides whether the stack may change and delete it. */
export const serviceClientOwnership: Rule = {
  id: "service-client-ownership",
  description: 'A service\'s `client` is "managed" or "existing".',
  check: (catalog) =>
    catalog.services
      .filter(({ definition }) => !OWNERSHIPS.includes(definition.client))
      .map(({ file, definition }) =>
        problemIn(serviceClientOwnership.id, file)(
          "client",
          definition.client,
          'must be "managed" (this stack creates the client) or "existing" (it only reads it)',
        ),
      ),
};
