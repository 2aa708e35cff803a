/**
 * `npm run --silent key -- <environment> <clientId> [--json]`: prints what one customer needs to
 * use its API key — client id, secret, token URL, the services in `aud` and a ready `curl` line.
 *
 * The secret is read from the environment's Terraform state through the Terraform CLI
 * (`terraform output -raw`), never from a file of this project, and printed only to stdout.
 * Run it after a deploy, with the same state access and settings a deploy has
 * (TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE, the backend's credentials).
 */
import { parseArgs } from "node:util";
import { loadCatalog } from "../catalog/load-catalog";
import type { EnvironmentDefinition } from "../definitions/environment";
import { customerStackName } from "../stacks/customer-shards";
import { secretOutputName } from "../stacks/environment-stack";
import { OperatorError, runOperatorCommand } from "./operator-command";
import { loadEnvironment, StackWorkspace } from "./stack-workspace";

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

/** The token endpoint of an environment's realm. */
export function tokenUrl(environment: EnvironmentDefinition): string {
  return `${environment.keycloakUrl}/realms/${environment.realm.name}/protocol/openid-connect/token`;
}

/** Collects the hand-over of one customer in one environment. */
export function handOverKey(root: string, environmentName: string, clientId: string): KeyHandover {
  const { environments, environment } = loadEnvironment(root, environmentName);
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
  // In a sharded environment the secret is in the state of the customer's shard.
  const workspace = new StackWorkspace(root, customerStackName(environmentName, environment, clientId));
  workspace.requireSynthesized();
  workspace.init();
  const clientSecret = workspace.terraform(["output", "-raw", secretOutputName(clientId)]).stdout;
  if (clientSecret === "") throw new OperatorError(`the state of ${environmentName} holds no secret for ${clientId}; deploy first`);
  return {
    environment: environmentName,
    clientId,
    clientSecret,
    tokenUrl: tokenUrl(workspace.environment),
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
