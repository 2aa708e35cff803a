/**
 * `npm run --silent key -- <environment> <clientId> [--json]`: prints what one customer needs to
 * use its API key — client id, secret, token URL, the services in `aud` and a ready `curl` line.
 *
 * The secret is read from the environment's Terraform state through the Terraform CLI
 * (`terraform output -raw`), never from a file of this project, and printed only to stdout.
 * Run it after a deploy, with the same state access and settings a deploy has
 * (TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE, the backend's credentials).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { loadCatalog } from "../catalog/load-catalog";
import type { EnvironmentDefinition } from "../definitions/environment";
import { secretOutputName } from "../stacks/environment-stack";
import { OperatorError, runOperatorCommand } from "./operator-command";

/** Everything a customer needs to use its key. */
export interface KeyHandover {
  readonly environment: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tokenUrl: string;
  /** The services the customer's tokens carry in `aud`. */
  readonly audience: readonly string[];
  /** Granted permissions per service, as they appear in `resource_access.<service>.roles`. */
  readonly permissions: Readonly<Record<string, readonly string[]>>;
}

const USAGE = "usage: npm run --silent key -- <environment> <clientId> [--json]";

/** The project's environments, loaded from `<root>/environments.ts` at run time. */
export function loadEnvironments(root: string): Readonly<Record<string, EnvironmentDefinition>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { environments } = require(path.join(root, "environments")) as {
    environments: Readonly<Record<string, EnvironmentDefinition>>;
  };
  return environments;
}

/** The token endpoint of an environment's realm. */
export function tokenUrl(environment: EnvironmentDefinition): string {
  return `${environment.keycloakUrl}/realms/${environment.realm.name}/protocol/openid-connect/token`;
}

/** Runs the Terraform CLI in a synthesized stack's folder; throws an {@link OperatorError} with its output on failure. */
export function terraform(stackDir: string, args: readonly string[]): string {
  const binary = process.env.TERRAFORM_BINARY_NAME ?? "terraform";
  const result = spawnSync(binary, [...args], {
    cwd: stackDir,
    encoding: "utf8",
    env: { ...process.env, TF_IN_AUTOMATION: "1" },
  });
  if (result.error) throw new OperatorError(`could not run ${binary}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new OperatorError(`${binary} ${args.join(" ")} failed in ${stackDir}:\n${result.stderr.trim() || result.stdout.trim()}`);
  }
  return result.stdout;
}

/** Collects the hand-over of one customer in one environment. */
export function handOverKey(root: string, environmentName: string, clientId: string): KeyHandover {
  const environments = loadEnvironments(root);
  const environment = environments[environmentName];
  if (!environment) {
    throw new OperatorError(
      `environment "${environmentName}" is not declared in environments.ts; declared: ${Object.keys(environments).join(", ")}`,
    );
  }
  const { catalog } = loadCatalog({ root, environments });
  const customer = catalog.customers.find(({ definition }) => definition.clientId === clientId)?.definition;
  if (!customer) {
    throw new OperatorError(`customer "${clientId}" has no file clients/${clientId}.ts`);
  }
  if (!(customer.environments as readonly string[]).includes(environmentName)) {
    throw new OperatorError(
      `customer "${clientId}" does not exist in ${environmentName}; clients/${clientId}.ts lists: ${customer.environments.join(", ")}`,
    );
  }
  const stackDir = path.join(root, "cdktf.out", "stacks", environmentName);
  if (!fs.existsSync(path.join(stackDir, "cdk.tf.json"))) {
    throw new OperatorError(`${path.relative(root, stackDir)} is not synthesized; run \`npx cdktf synth\` (or deploy) first`);
  }
  if (!fs.existsSync(path.join(stackDir, ".terraform"))) terraform(stackDir, ["init", "-input=false", "-no-color"]);
  const clientSecret = terraform(stackDir, ["output", "-raw", secretOutputName(clientId)]);
  if (clientSecret === "") throw new OperatorError(`the state of ${environmentName} holds no secret for ${clientId}; deploy first`);
  return {
    environment: environmentName,
    clientId,
    clientSecret,
    tokenUrl: tokenUrl(environment),
    audience: customer.grants.map((grant) => grant.service.clientId),
    permissions: Object.fromEntries(customer.grants.map((grant) => [grant.service.clientId, grant.permissions])),
  };
}

/** The hand-over as a person reads it, ending in a `curl` line the customer can paste. */
export function formatHandover(key: KeyHandover): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  return [
    `environment:   ${key.environment}`,
    `client_id:     ${key.clientId}`,
    `client_secret: ${key.clientSecret}`,
    `token_url:     ${key.tokenUrl}`,
    `audience:      ${key.audience.join(" ")}`,
    ...Object.entries(key.permissions).map(([service, permissions]) => `permissions:   ${service}: ${permissions.join(" ")}`),
    "",
    "# a token, valid for minutes; send it as `Authorization: Bearer <access_token>`",
    `curl -s -u ${quote(`${key.clientId}:${key.clientSecret}`)} -d grant_type=client_credentials ${quote(key.tokenUrl)}`,
  ].join("\n");
}

runOperatorCommand(module, () => {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { json: { type: "boolean", default: false } },
  });
  if (positionals.length !== 2) throw new OperatorError(USAGE);
  const key = handOverKey(process.cwd(), positionals[0]!, positionals[1]!);
  console.log(values.json ? JSON.stringify(key, null, 2) : formatHandover(key));
});
