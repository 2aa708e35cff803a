import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { EnvironmentDefinition } from "../definitions/environment";
import { environmentOfStack, stackNamesOf } from "../stacks/customer-shards";
import { UserError } from "../user-error";
import { runTerraform } from "./terraform-cli";

/** The project's environments, loaded from `<root>/environments.ts` at run time. */
export function loadEnvironments(root: string): Readonly<Record<string, EnvironmentDefinition>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { environments } = require(path.join(root, "environments")) as {
    environments: Readonly<Record<string, EnvironmentDefinition>>;
  };
  return environments;
}

/** The project's environments and the one named `environmentName`; fails naming those declared. */
export function loadEnvironment(
  root: string,
  environmentName: string,
): { environments: Readonly<Record<string, EnvironmentDefinition>>; environment: EnvironmentDefinition } {
  const environments = loadEnvironments(root);
  const environment = environments[environmentName];
  if (!environment) {
    throw new UserError(`environment "${environmentName}" is not declared in environments.ts; declared: ${Object.keys(environments).join(", ")}`);
  }
  return { environments, environment };
}

/**
 * One synthesized stack and the Terraform CLI that runs in it: what the pipeline commands share.
 * A stack is named like its environment, or, in a sharded environment, `<env>-base` and
 * `<env>-customers-<k>`. Terraform is `$TERRAFORM_BINARY_NAME` (as cdktf uses it) or `terraform`.
 */
export class StackWorkspace {
  readonly environment: EnvironmentDefinition;
  /** The environment the stack belongs to. */
  readonly environmentName: string;
  /** Where cdktf writes the stack and Terraform runs. */
  readonly stackDir: string;
  /** The saved plan the `plan` command writes and `apply` applies. */
  readonly planFile: string;

  constructor(
    readonly root: string,
    readonly stackName: string,
  ) {
    const environments = loadEnvironments(root);
    const found = environmentOfStack(environments, stackName);
    if (!found) {
      const sharded = environments[stackName];
      throw new UserError(
        sharded
          ? `environment "${stackName}" is sharded into stacks: ${stackNamesOf(stackName, sharded).join(", ")}; name one (or let \`npm run --silent changed-stacks\` list those a change touches)`
          : `"${stackName}" is neither an environment declared in environments.ts nor one of its stacks; declared: ${Object.keys(environments).join(", ")}`,
      );
    }
    this.environment = found.environment;
    this.environmentName = found.environmentName;
    this.stackDir = path.join(root, "cdktf.out", "stacks", stackName);
    this.planFile = path.join(root, "plans", `${stackName}.tfplan`);
  }

  /**
   * `cdktf synth` of this stack only (every definition is still loaded and validated); its
   * problems are the command's error.
   */
  synth(): void {
    const result = spawnSync(path.join(this.root, "node_modules", ".bin", "cdktf"), ["synth"], {
      cwd: this.root,
      encoding: "utf8",
      env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", FORCE_COLOR: "0", KEYCLOAK_API_KEYS_STACKS: this.stackName },
    });
    if (result.status !== 0) throw new UserError(`cdktf synth failed:\n${(result.stderr || result.stdout).trim()}`);
  }

  /** Fails unless the stack is synthesized. */
  requireSynthesized(): void {
    if (!fs.existsSync(path.join(this.stackDir, "cdk.tf.json"))) {
      throw new UserError(`${path.relative(this.root, this.stackDir)} is not synthesized; run \`npx cdktf synth\` (or deploy) first`);
    }
  }

  /** `terraform init`, once per synthesized folder. */
  init(): void {
    if (!fs.existsSync(path.join(this.stackDir, ".terraform"))) this.terraform(["init", "-input=false", "-no-color"]);
  }

  /**
   * Runs Terraform in the stack's folder and returns what it printed on stdout; a non-zero exit
   * (other than those in `allowedExits`) is an {@link UserError} with its output.
   */
  terraform(args: readonly string[], allowedExits: readonly number[] = [0]): { status: number; stdout: string } {
    const result = runTerraform(this.stackDir, args);
    if (!allowedExits.includes(result.status)) {
      throw new UserError(`${result.binary} ${args[0]} failed in ${path.relative(this.root, this.stackDir)}:\n${(result.stderr || result.stdout).trim()}`);
    }
    return { status: result.status, stdout: result.stdout };
  }
}
