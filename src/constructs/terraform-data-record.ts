import { TerraformResource, anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl } from "cdktf";
import type { Construct } from "constructs";

/**
 * Terraform's built-in `terraform_data` resource with only an `input`, written as cdktf's
 * `DataResource` writes it. cdktf's class adds a validation to each instance that runs
 * `terraform version` in a child process at every synthesis, to check the engine is 1.4 or later:
 * one process per customer, which made synthesizing 1,000 customers take two minutes instead of
 * four seconds (`npm run bench`). The engines this project runs are pinned, both later than 1.4
 * (package.json `toolchain`, pipelines/install-engine.sh), so the record is declared without it.
 */
export class TerraformDataRecord extends TerraformResource {
  static readonly tfResourceType = "terraform_data";

  constructor(
    scope: Construct,
    id: string,
    private readonly input: Readonly<Record<string, string | boolean>>,
  ) {
    super(scope, id, { terraformResourceType: TerraformDataRecord.tfResourceType, terraformGeneratorMetadata: { providerName: "terraform" } });
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    return { input: hashMapper(anyToTerraform)(this.input) };
  }

  protected override synthesizeHclAttributes(): Record<string, unknown> {
    return { input: hashMapperHcl(anyToHclTerraform)(this.input) };
  }
}
