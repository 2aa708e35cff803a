import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { grantEntries } from "../grants";

/**
 * A granted service is declared in scopes/. The compiler checks typed files; this catches the
 * rest (casts, plain JavaScript, a service file that failed to load).
 */
export const grantServiceDeclared: Rule = {
  id: "grant-service-declared",
  description: "Every service a customer is granted is declared in scopes/.",
  check: (catalog) => {
    const known = catalog.services.map(({ definition }) => definition.clientId).join(", ") || "none declared";
    return grantEntries(catalog)
      .filter(({ service }) => service === undefined)
      .map(({ file, index, serviceClientId }) =>
        problemIn(grantServiceDeclared.id, file)(`grants[${index}].service`, serviceClientId, `is not a service declared in scopes/ (${known})`),
      );
  },
};
