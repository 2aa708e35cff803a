import { problemIn, type Problem } from "../../problem";
import type { Rule } from "../rule";

/** A Terraform variable name, as `TF_VAR_<name>` can set it. */
const VARIABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** An encrypted state names the variable that carries its passphrase, never a passphrase. */
export const stateEncryption: Rule = {
  id: "state-encryption",
  description: "State encryption names a Terraform variable (letters, digits, `_`) that holds the passphrase, set as TF_VAR_<name>.",
  check: (catalog) =>
    Object.entries(catalog.environments).flatMap(([name, environment]) => {
      const encryption = environment.state?.encryption;
      if (encryption === undefined) return [];
      const problem = problemIn(stateEncryption.id, catalog.environmentsFile);
      const variable = (encryption as { passphraseVariable?: unknown }).passphraseVariable;
      const problems: Problem[] = [];
      if (typeof variable !== "string" || !VARIABLE_NAME_PATTERN.test(variable)) {
        problems.push(
          problem(
            `${name}.state.encryption.passphraseVariable`,
            variable,
            "must be a Terraform variable name (letters, digits and _, not starting with a digit); the passphrase itself goes in TF_VAR_<name> at deploy time",
          ),
        );
      }
      return problems;
    }),
};
