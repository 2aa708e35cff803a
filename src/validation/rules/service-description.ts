import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A reviewer and Keycloak's console read what the service is. */
export const serviceDescription: Rule = {
  id: "service-description",
  description: "A service's `description` is non-blank text.",
  check: (catalog) =>
    catalog.services
      .filter(({ definition }) => typeof definition.description !== "string" || definition.description.trim() === "")
      .map(({ file, definition }) => problemIn(serviceDescription.id, file)("description", definition.description, "must be non-blank text")),
};
