/**
 * `npm run --silent key -- <environment> <clientId> [--json] [--out <file>]`: what one customer
 * needs to use its API key — client id, secret, token URL, the services in `aud` and a ready
 * `curl` line — on stdout, or with `--out` in a new file only its owner can read (mode 0600).
 *
 * The secret is read from the environment's Terraform state through the Terraform CLI
 * (`terraform output -raw`), never from a file of this project. In CI (`CI` set) the command
 * refuses to print it, since stdout lands in the job's log: there it needs `--out`.
 * Run it after a deploy, with the same state access and settings a deploy has
 * (TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE, the backend's credentials). In an environment that
 * declares `secrets`, it also asks Keycloak (with the deploy identity's credentials) when the
 * secret expires and, within a rotation's grace period, for the previous secret and when it stops.
 */
import * as fs from "node:fs";
import { loadCatalog } from "../catalog/load-catalog";
import { DEFAULT_PROOF_ALGORITHM } from "../definitions/customer";
import type { EnvironmentDefinition } from "../definitions/environment";
import { customerStackName } from "../stacks/customer-shards";
import { secretOutputName } from "../stacks/environment-stack";
import { SECRET_TIME_ATTRIBUTES } from "../keycloak/secret-policy";
import { UserError } from "../user-error";
import { hasAdminCredentials, RealmAdmin } from "./keycloak-admin";
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
  /** When the secret stops working (ISO 8601, UTC), in an environment that declares `secrets`. */
  readonly secretExpires?: string;
  /** Within a rotation's grace period: the secret before the rotation, which still works until {@link previousSecretExpires}. */
  readonly previousSecret?: string;
  readonly previousSecretExpires?: string;
}

/**
 * Everything a keyless customer needs (see `proof` in its file): no secret exists to hand over.
 * It proves itself with a client assertion, a JWT it signs with its own private key.
 */
export interface KeylessHandover {
  readonly environment: string;
  readonly clientId: string;
  /** Where Keycloak finds the customer's public key: its JWKS URL, or the certificate in its file. */
  readonly proof: { readonly jwksUrl: string } | { readonly certificate: "as in the customer's file" };
  /** The only algorithm Keycloak accepts for the assertion's signature. */
  readonly algorithm: string;
  readonly tokenUrl: string;
  /** The realm's issuer: the `aud` of the client assertion. */
  readonly assertionAudience: string;
  /** The services the customer's tokens carry in `aud`. */
  readonly audience: readonly string[];
  /** Granted permissions per service, as they appear in `resource_access.<service>.roles`. */
  readonly permissions: Readonly<Record<string, readonly string[]>>;
}

/** A customer's hand-over: its secret, or, for a keyless customer, how to sign in with its key. */
export type Handover = KeyHandover | KeylessHandover;

/** Whether `env` is a CI job's: `CI` set to anything but empty, `false` or `0`, as CI services set it. */
export function runsInCi(env: NodeJS.ProcessEnv): boolean {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "false" && value !== "0";
}

/**
 * Creates `file` for the hand-over: a new file, mode 0600, never an existing one (opened with
 * `wx`, so a file or link already there is refused, not overwritten or widened). Returns its
 * descriptor.
 */
function createHandoverFile(file: string): number {
  let fd: number;
  try {
    fd = fs.openSync(file, "wx", 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UserError(`${file} already exists; the hand-over is only written to a new file: choose another name or remove it`);
    throw new UserError(`cannot create ${file} for the hand-over: ${code ?? (error as Error).message}`);
  }
  // The mode given to open is narrowed by the umask, never widened; this makes it exactly 0600.
  fs.fchmodSync(fd, 0o600);
  return fd;
}

/**
 * Refuses, before any state is read, to print a secret in a CI job, whose output is kept in its
 * log: there the hand-over goes to a file ({@link writeHandoverFile}).
 */
export function refuseSecretInCiLog(clientId: string, env: NodeJS.ProcessEnv): void {
  if (!runsInCi(env)) return;
  throw new UserError(
    `refusing to print ${clientId}'s secret: CI is set, and a job's output is kept in its log, where a key must never land; pass --out <file> to write it to a new file only this user can read`,
  );
}

/**
 * Writes the hand-over `render` returns to `file`, a new file of mode 0600. The file is claimed
 * first, so a name already taken is refused before the state is read; a failure removes it.
 */
export async function writeHandoverFile(file: string, render: () => Promise<string>): Promise<void> {
  const fd = createHandoverFile(file);
  try {
    fs.writeSync(fd, await render());
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
}

/** The token endpoint of an environment's realm. */
export function tokenUrl(environment: EnvironmentDefinition): string {
  return `${environment.keycloakUrl}/realms/${environment.realm.name}/protocol/openid-connect/token`;
}

/** The issuer of an environment's realm: the `iss` of its tokens, and the `aud` of a client assertion. */
export function realmIssuer(environment: EnvironmentDefinition): string {
  return `${environment.keycloakUrl}/realms/${environment.realm.name}`;
}

/** A time Keycloak keeps as seconds since 1970, as ISO 8601. */
function isoTime(seconds: string | undefined): string | undefined {
  return seconds === undefined || !/^\d+$/.test(seconds) ? undefined : new Date(Number(seconds) * 1000).toISOString();
}

/**
 * What the secret policy says of a customer's secrets: when the current one expires, and the
 * previous one while its grace period lasts. Read from Keycloak, since the state holds neither.
 */
async function secretLifetimeOf(
  environment: EnvironmentDefinition,
  clientId: string,
): Promise<Pick<KeyHandover, "secretExpires" | "previousSecret" | "previousSecretExpires">> {
  if (!hasAdminCredentials()) {
    throw new UserError(
      "this environment declares secrets, whose expiry and previous secret only Keycloak knows: set KEYCLOAK_CLIENT_ID and KEYCLOAK_CLIENT_SECRET (or KEYCLOAK_USER and KEYCLOAK_PASSWORD), as for a deploy",
    );
  }
  const admin = await RealmAdmin.login(environment);
  const client = await admin.client(clientId);
  if (!client) throw new UserError(`realm ${environment.realm.name} has no client ${clientId}; deploy first`);
  const attributes = client.attributes ?? {};
  const secretExpires = isoTime(attributes[SECRET_TIME_ATTRIBUTES.expires]);
  const previousSecretExpires = isoTime(attributes[SECRET_TIME_ATTRIBUTES.previousExpires]);
  if (previousSecretExpires === undefined || Date.parse(previousSecretExpires) <= Date.now()) return { secretExpires };
  const previous = await admin.get<{ value?: string }>(`/clients/${client.id}/client-secret/rotated`);
  return previous.value ? { secretExpires, previousSecret: previous.value, previousSecretExpires } : { secretExpires };
}

/** What {@link handOverKey} does before it reads a secret. */
export interface HandOverOptions {
  /** Called before a secret is read from the state (not for a keyless customer), e.g. to refuse a CI log. */
  readonly beforeSecret?: () => void;
}

/** Collects the hand-over of one customer in one environment. */
export async function handOverKey(root: string, environmentName: string, clientId: string, options: HandOverOptions = {}): Promise<Handover> {
  const { environments, environment } = loadEnvironment(root, environmentName);
  const { catalog } = loadCatalog({ root, environments });
  const customer = catalog.customers.find(({ definition }) => definition.clientId === clientId)?.definition;
  if (!customer) {
    throw new UserError(`customer "${clientId}" has no file clients/${clientId}.ts`);
  }
  if (!(customer.environments as readonly string[]).includes(environmentName)) {
    throw new UserError(`customer "${clientId}" does not exist in ${environmentName}; clients/${clientId}.ts lists: ${customer.environments.join(", ")}`);
  }
  const audience = customer.grants.map((grant) => grant.service.clientId);
  const permissions = Object.fromEntries(customer.grants.map((grant) => [grant.service.clientId, grant.permissions]));
  if (customer.proof !== undefined) {
    // No secret exists for it: nothing is read from the state or from Keycloak.
    return {
      environment: environmentName,
      clientId,
      proof: customer.proof.jwksUrl !== undefined ? { jwksUrl: customer.proof.jwksUrl } : { certificate: "as in the customer's file" },
      algorithm: customer.proof.algorithm ?? DEFAULT_PROOF_ALGORITHM,
      tokenUrl: tokenUrl(environment),
      assertionAudience: realmIssuer(environment),
      audience,
      permissions,
    };
  }
  options.beforeSecret?.();
  // In a sharded environment the secret is in the state of the customer's shard.
  const workspace = new StackWorkspace(root, customerStackName(environmentName, environment, clientId));
  workspace.requireSynthesized();
  workspace.init();
  const clientSecret = workspace.terraform(["output", "-raw", secretOutputName(clientId)]).stdout;
  if (clientSecret === "") throw new UserError(`the state of ${environmentName} holds no secret for ${clientId}; deploy first`);
  return {
    environment: environmentName,
    clientId,
    clientSecret,
    tokenUrl: tokenUrl(workspace.environment),
    audience,
    permissions,
    ...(environment.secrets ? await secretLifetimeOf(environment, clientId) : {}),
  };
}

/** `text` quoted for a POSIX shell. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The hand-over as a person reads it, ending in a `curl` line the customer can paste. */
export function formatHandover(key: Handover): string {
  if ("proof" in key) return formatKeylessHandover(key);
  return [
    `environment:   ${key.environment}`,
    `client_id:     ${key.clientId}`,
    `client_secret: ${key.clientSecret}`,
    ...(key.secretExpires ? [`expires:       ${key.secretExpires}: ask for a rotation before then`] : []),
    ...(key.previousSecret ? [`previous:      ${key.previousSecret} works until ${key.previousSecretExpires}, then only client_secret does`] : []),
    `token_url:     ${key.tokenUrl}`,
    `audience:      ${key.audience.join(" ")}`,
    ...Object.entries(key.permissions).map(([service, permissions]) => `permissions:   ${service}: ${permissions.join(" ")}`),
    "",
    "# a token, valid for minutes; send it as `Authorization: Bearer <access_token>`",
    `curl -s -u ${quote(`${key.clientId}:${key.clientSecret}`)} -d grant_type=client_credentials ${quote(key.tokenUrl)}`,
  ].join("\n");
}

/**
 * A keyless customer's hand-over: where Keycloak finds its key, what its client assertion must
 * hold (RFC 7523, Keycloak's `client-jwt` authenticator), and a `curl` line that posts one.
 */
function formatKeylessHandover(key: KeylessHandover): string {
  return [
    `environment:   ${key.environment}`,
    `client_id:     ${key.clientId}`,
    `client_secret: none: this customer proves itself with its private key (private_key_jwt)`,
    "jwksUrl" in key.proof
      ? `public keys:   ${key.proof.jwksUrl} (Keycloak fetches them there)`
      : `public key:    the certificate in clients/${key.clientId}.ts`,
    `token_url:     ${key.tokenUrl}`,
    `audience:      ${key.audience.join(" ")}`,
    ...Object.entries(key.permissions).map(([service, permissions]) => `permissions:   ${service}: ${permissions.join(" ")}`),
    "",
    `# the client assertion: a JWT signed ${key.algorithm} with the customer's private key ("kid" of its key in the header), with`,
    `#   iss = sub = ${key.clientId}`,
    `#   aud = ${key.assertionAudience}`,
    "#   jti = a new random id for every request (Keycloak refuses one it has seen), exp = now + 60 s at most",
    "# then a token, valid for minutes; send it as `Authorization: Bearer <access_token>`",
    `curl -s -d grant_type=client_credentials -d client_id=${quote(key.clientId)} \\`,
    "  -d client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \\",
    `  --data-urlencode "client_assertion=$ASSERTION" ${quote(key.tokenUrl)}`,
  ].join("\n");
}
