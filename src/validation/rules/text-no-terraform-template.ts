import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { writtenTexts } from "../sent-texts";

/**
 * Terraform reads `${...}` and `%{...}` in any string of the synthesized JSON as an expression
 * (https://developer.hashicorp.com/terraform/language/expressions/strings#string-templates), and
 * cdktf reads `${TfToken[...]}` as a reference: a name could read files or other resources' secrets
 * at deploy time.
 */
const TEMPLATE = /[$%]\{/;

/** Free text is sent as written: nothing Terraform or cdktf would evaluate. */
export const textNoTerraformTemplate: Rule = {
  id: "text-no-terraform-template",
  description: "Free text contains no `${` or `%{`, which Terraform and cdktf would evaluate as an expression.",
  check: (catalog) =>
    writtenTexts(catalog)
      .filter(({ value }) => TEMPLATE.test(value))
      .map(({ file, field, value }) =>
        problemIn(textNoTerraformTemplate.id, file)(field, value, "must not contain ${ or %{: Terraform would evaluate it as an expression"),
      ),
};
