import type { Problem } from "../problem";
import type { Rule } from "../rule";

const OWNERSHIPS: readonly unknown[] = ["managed", "existing"];

/** The plain fields of a service: its description and who owns its Keycloak client. */
export const serviceFields: Rule = {
  id: "service-fields",
  description: 'A service has a description, and its client is "managed" or "existing".',
  check: (catalog) =>
    catalog.services.flatMap(({ file, definition }) => {
      const problems: Problem[] = [];
      if (typeof definition.description !== "string" || definition.description.trim() === "") {
        problems.push({
          file,
          field: "description",
          value: definition.description,
          rule: "must be non-blank text",
          ruleId: serviceFields.id,
        });
      }
      if (!OWNERSHIPS.includes(definition.client)) {
        problems.push({
          file,
          field: "client",
          value: definition.client,
          rule: 'must be "managed" (this stack creates the client) or "existing" (it only reads it)',
          ruleId: serviceFields.id,
        });
      }
      return problems;
    }),
};
