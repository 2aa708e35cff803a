import { problemIn, type Problem } from "../problem";
import type { Rule } from "../rule";

const OWNERSHIPS: readonly unknown[] = ["managed", "existing"];

/** The plain fields of a service: its description and who owns its Keycloak client. */
export const serviceFields: Rule = {
  id: "service-fields",
  description: 'A service has a description, and its client is "managed" or "existing".',
  check: (catalog) =>
    catalog.services.flatMap(({ file, definition }) => {
      const problem = problemIn(serviceFields.id, file);
      const problems: Problem[] = [];
      if (typeof definition.description !== "string" || definition.description.trim() === "") {
        problems.push(problem("description", definition.description, "must be non-blank text"));
      }
      if (!OWNERSHIPS.includes(definition.client)) {
        problems.push(
          problem("client", definition.client, 'must be "managed" (this stack creates the client) or "existing" (it only reads it)'),
        );
      }
      return problems;
    }),
};
