import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** Environment names become stack names and folders under cdktf.out: slugs. */
const ENVIRONMENT_NAME_PATTERN = /^[a-z][a-z0-9-]*$/;

/** An environment's name is a slug. */
export const environmentName: Rule = {
  id: "environment-name",
  description: "An environment's name is lowercase letters, digits and hyphens, starting with a letter.",
  check: (catalog) =>
    Object.keys(catalog.environments)
      .filter((name) => !ENVIRONMENT_NAME_PATTERN.test(name))
      .map((name) =>
        problemIn(environmentName.id, catalog.environmentsFile)(
          name,
          name,
          "an environment name must be lowercase letters, digits and hyphens, starting with a letter",
        ),
      ),
};
