import type { EnvironmentName } from "./environment";

/**
 * Who owns the service's Keycloak client.
 * - `managed`: this stack creates the client and its permissions (client roles).
 * - `existing`: the client and its roles already exist in the realm; the stack only reads them
 *   and never changes or deletes them.
 */
export type ServiceClientOwnership = "managed" | "existing";

/** What a `scopes/<clientId>.ts` file declares. `E` are the environment names, as for customers. */
export interface ServiceProps<P extends string, E extends string = EnvironmentName> {
  /** Keycloak clientId of the backend service; it is what tokens carry in `aud`. Equals the file name. */
  readonly clientId: string;
  /** One line a reviewer understands: what the service is. */
  readonly description: string;
  /** Permissions customers may be granted; each is a client role of the service, e.g. `orders:read`. */
  readonly permissions: readonly P[];
  /**
   * Who owns the service's Keycloak client: this stack (`managed`) or someone else (`existing`).
   * @default "managed"
   */
  readonly client?: ServiceClientOwnership;
  /**
   * The environments the service exists in; a customer may be granted it only there.
   * @default - every declared environment
   */
  readonly environments?: readonly E[];
}

/** What a customer is granted on one service: the service's audience plus some of its permissions. */
export interface Grant {
  readonly service: ServiceDefinition;
  readonly permissions: readonly string[];
}

/** A backend service customers may call, as declared in one file under `scopes/`. */
export class ServiceDefinition<P extends string = string> {
  readonly clientId: string;
  readonly description: string;
  readonly permissions: readonly P[];
  readonly client: ServiceClientOwnership;
  /** The environments the service exists in; `undefined`: every declared one. */
  readonly environments: readonly string[] | undefined;

  constructor(props: ServiceProps<P, string>) {
    this.clientId = props.clientId;
    this.description = props.description;
    this.permissions = props.permissions;
    this.client = props.client ?? "managed";
    this.environments = props.environments;
  }

  /** True when the service exists in `environment`. */
  existsIn(environment: string): boolean {
    return this.environments === undefined || this.environments.includes(environment);
  }

  /**
   * Grants this service to a customer: its clientId goes into the token's `aud`, and the given
   * permissions into its roles. A permission the service does not declare fails to compile.
   */
  grant(...permissions: readonly [P, ...P[]]): Grant {
    return { service: this, permissions };
  }
}

/** Declares a backend service. `permissions` keep their literal types, so grants are checked by the compiler. */
export function defineService<const P extends string>(props: ServiceProps<P>): ServiceDefinition<P> {
  return new ServiceDefinition(props);
}
