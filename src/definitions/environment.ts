import type { Duration } from "./duration";

/**
 * What the project declares, filled in by the project's environments file through declaration
 * merging, so `src/` never imports the data file while the data file's names still type every
 * customer's and service's `environments`:
 *
 * ```ts
 * declare module "./src/definitions/environment" {
 *   interface DeclaredEnvironments {
 *     readonly environments: typeof environments;
 *   }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the environments file
export interface DeclaredEnvironments {}

/** The name of a declared environment; any string while no environments file declares them. */
export type EnvironmentName = DeclaredEnvironments extends { readonly environments: infer E } ? keyof E & string : string;

/**
 * Where a stack's Terraform state lives. Credentials for remote backends come from the
 * backend's own environment variables (for S3: the AWS_* chain), never from this file.
 */
export type StateBackend = (
  | {
      readonly backend: "local";
      /** State file, relative to the project root. */
      readonly path: string;
    }
  | {
      readonly backend: "s3";
      /** The bucket that holds the state object. */
      readonly bucket: string;
      /** The state object's key in the bucket. */
      readonly key: string;
      /** The bucket's AWS region. */
      readonly region: string;
      /** @default - no state locking table */
      readonly dynamodbTable?: string;
    }
) & {
  /** @default - the state is not encrypted on the client side (an S3 backend still encrypts at rest) */
  readonly encryption?: StateEncryption;
};

/**
 * Client-side encryption of the state (and of plan files) with OpenTofu's state encryption:
 * AES-GCM, the key derived by PBKDF2 from a passphrase the engine reads from the environment at
 * deploy time. Needs OpenTofu (`KEYCLOAK_API_KEYS_ENGINE=tofu`); terraform refuses the stack.
 */
export interface StateEncryption {
  /**
   * Name of the Terraform variable that holds the passphrase (at least 16 characters), set as
   * `TF_VAR_<name>` in the deploy's environment. Never the passphrase itself.
   */
  readonly passphraseVariable: string;
}

/**
 * How long customers' secrets live, through Keycloak's secret-rotation client policy (the server
 * must run with `--features=client-secret-rotation`). Declared, a rotation (a changed
 * `secretRotation`) keeps the previous secret working for `gracePeriod`, and every secret stops
 * working `expiresAfter` after it was issued. See docs/operating.md, "Secrets that rotate and expire".
 */
export interface SecretLifetime {
  /**
   * How long the previous secret keeps getting tokens after a rotation. At most 30 days
   * (policy rule SECRET-GRACE-BOUNDS) and at most `expiresAfter`.
   * @default "7d"
   */
  readonly gracePeriod?: Duration;
  /**
   * How long a secret gets tokens after Keycloak issued it; a rotation issues a new one. At most
   * 1825 days: Keycloak keeps the expiry as 32-bit seconds.
   * @default "1825d" - five years, the longest Keycloak holds safely
   */
  readonly expiresAfter?: Duration;
}

/** What an environment's `secrets` means when it leaves a field out. */
export const SECRET_LIFETIME_DEFAULTS = { gracePeriod: "7d", expiresAfter: "1825d" } as const satisfies Required<SecretLifetime>;

/** The realm a stack manages customers in. */
export interface RealmDefinition {
  /** Realm name, as in the token issuer `{url}/realms/{name}`. */
  readonly name: string;
  /**
   * `true`: the stack creates and owns the realm. `false`: the realm already exists and the
   * stack only adds clients, roles and scopes to it (it never changes the realm itself).
   */
  readonly create: boolean;
  /**
   * Name shown in Keycloak's console and login pages, for a realm the stack creates.
   * @default - the realm name
   */
  readonly displayName?: string;
}

/** One deployment target: a Keycloak server, a realm on it, and where the state lives. */
export interface EnvironmentDefinition {
  /** Base URL of the Keycloak server, without the `/auth` prefix of legacy servers. */
  readonly keycloakUrl: string;
  /** The realm the customers' clients live in, created by the stack or existing. */
  readonly realm: RealmDefinition;
  /** Where the stack's Terraform state (which holds the customers' secrets) lives. */
  readonly state: StateBackend;
  /**
   * Spread the customers over this many stacks (1 to 256), each with its own state beside
   * `state`, plus a base stack for the realm and services: a pull request that onboards one
   * customer plans and applies one shard. Set it for thousands of customers; changing it (or
   * setting it on a deployed environment) needs `npm run shard-state -- <environment>` first,
   * which the base stack checks. See docs/operating.md, "Many customers: shards".
   * @default 1 - one stack for the whole environment
   */
  readonly customerShards?: number;
  /**
   * Secrets that rotate with a grace period and expire: see {@link SecretLifetime}.
   * @default - no secret policy: a rotation is a hard cut, and a secret never expires
   */
  readonly secrets?: SecretLifetime;
  /**
   * How long Keycloak keeps the realm's client-login events, which `npm run usage` reports on. The
   * stack turns these events on in a realm it creates; in an existing realm, its owner does.
   * @default "90d"
   */
  readonly usageRetention?: Duration;
}

/**
 * Declares the environments once. Their names become a type, so a customer that names an
 * environment that does not exist fails to compile.
 */
export function defineEnvironments<const E extends Record<string, EnvironmentDefinition>>(environments: E): E {
  return environments;
}

/** An engine that deploys a stack, as `TERRAFORM_BINARY_NAME` names it. */
export type DeployEngine = "terraform" | "tofu";

/**
 * The engine an environment is deployed with: OpenTofu where its state is encrypted (terraform
 * refuses such a stack), else terraform. The pipelines install this one; what only OpenTofu can do
 * (write-only arguments, state encryption) is allowed only where it is OpenTofu.
 */
export function deployEngineOf(environment: EnvironmentDefinition): DeployEngine {
  return environment.state?.encryption ? "tofu" : "terraform";
}

/**
 * True when a URL's hostname is this machine (localhost, 127.0.0.0/8, [::1]): the only place where
 * plain http crosses no network, and where a hosted pipeline runner would find its own machine.
 */
export function isLoopbackHost(hostname: string): boolean {
  return /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(hostname);
}
