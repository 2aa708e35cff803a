import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { KEYCLOAK_COLUMN_LIMITS } from "../../keycloak/column-limits";
import { storedTexts } from "../sent-texts";

/**
 * What the stack sends fits the column Keycloak keeps it in: a longer value fails the deploy with
 * an HTTP 500 halfway through. Lengths count UTF-16 code units, which is never less than the
 * characters a database counts.
 */
export const keycloakColumnLimits: Rule = {
  id: "keycloak-column-limits",
  description: "Every text the stack sends (client name and description, scope and role names and descriptions, realm name) fits Keycloak's column.",
  check: (catalog) =>
    storedTexts(catalog)
      .filter(({ sent, column }) => sent.length > KEYCLOAK_COLUMN_LIMITS[column])
      .map(({ file, field, value, sent, column }) =>
        problemIn(keycloakColumnLimits.id, file)(
          field,
          value,
          `makes the ${column} ${sent.length} characters long; Keycloak keeps at most ${KEYCLOAK_COLUMN_LIMITS[column]}`,
        ),
      ),
};
