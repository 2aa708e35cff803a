/**
 * Keycloak's admin REST API, for the commands that read what Terraform's state does not hold
 * (secret expiry times, a rotated-out secret, client-login events) or repair it (`recover`). It
 * logs in with the same variables as the provider, so it runs with a deploy's settings.
 */
import type { EnvironmentDefinition } from "../definitions/environment";
import { UserError } from "../user-error";

/** True when the deploy identity's credentials are in `env`, as the provider reads them. */
export function hasAdminCredentials(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.KEYCLOAK_CLIENT_SECRET || (env.KEYCLOAK_USER && env.KEYCLOAK_PASSWORD));
}

/** An admin access token, obtained the way the provider obtains its own from the same variables. */
async function adminToken(environment: EnvironmentDefinition, env: NodeJS.ProcessEnv): Promise<string> {
  const form: Record<string, string> | undefined = env.KEYCLOAK_CLIENT_SECRET
    ? { grant_type: "client_credentials", client_id: env.KEYCLOAK_CLIENT_ID ?? "", client_secret: env.KEYCLOAK_CLIENT_SECRET }
    : env.KEYCLOAK_USER && env.KEYCLOAK_PASSWORD
      ? { grant_type: "password", client_id: env.KEYCLOAK_CLIENT_ID ?? "admin-cli", username: env.KEYCLOAK_USER, password: env.KEYCLOAK_PASSWORD }
      : undefined;
  if (!form) throw new UserError("set KEYCLOAK_CLIENT_ID and KEYCLOAK_CLIENT_SECRET (or KEYCLOAK_USER and KEYCLOAK_PASSWORD), as for a deploy");
  const realm = env.KEYCLOAK_REALM ?? "master";
  const response = await fetch(`${environment.keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams(form),
  });
  // The body may echo what was sent; the status is enough to act on.
  if (!response.ok) throw new UserError(`admin login to ${environment.keycloakUrl} (realm ${realm}) failed with HTTP ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** What the commands read of a client through the admin API. */
export interface AdminClient {
  readonly id: string;
  readonly clientId: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** One event of the realm, as `GET /admin/realms/{realm}/events` returns it. */
export interface RealmEvent {
  readonly type: string;
  /** Milliseconds since 1970. */
  readonly time: number;
  readonly clientId?: string;
  readonly error?: string;
}

/** The admin API of one environment's realm, logged in once. */
export class RealmAdmin {
  private constructor(
    private readonly environment: EnvironmentDefinition,
    private readonly token: string,
  ) {}

  /** Logs in with the deploy identity's credentials from `env`. */
  static async login(environment: EnvironmentDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RealmAdmin> {
    return new RealmAdmin(environment, await adminToken(environment, env));
  }

  /** `GET /admin/realms/{realm}{resource}`, parsed; a non-2xx status is a {@link UserError} naming the call. */
  async get<T>(resource: string): Promise<T> {
    const realm = this.environment.realm.name;
    const response = await fetch(`${this.environment.keycloakUrl}/admin/realms/${realm}${resource}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new UserError(`GET ${resource.split("?")[0]} in realm ${realm} failed with HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  /** The client with this client id, or `undefined`. */
  async client(clientId: string): Promise<AdminClient | undefined> {
    const [client] = await this.get<AdminClient[]>(`/clients?clientId=${encodeURIComponent(clientId)}`);
    return client?.clientId === clientId ? client : undefined;
  }

  /** Every client of the realm, read a page at a time. */
  async clients(): Promise<AdminClient[]> {
    const all: AdminClient[] = [];
    for (let first = 0; ; first += PAGE) {
      const page = await this.get<AdminClient[]>(`/clients?first=${first}&max=${PAGE}`);
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  }

  /** The realm's events of `types` since `since` (ms), newest first, read a page at a time. */
  async events(types: readonly string[], since: number): Promise<RealmEvent[]> {
    const all: RealmEvent[] = [];
    const query = [...types.map((type) => `type=${type}`), `dateFrom=${new Date(since).toISOString().slice(0, 10)}`].join("&");
    for (let first = 0; ; first += PAGE) {
      const page = await this.get<RealmEvent[]>(`/events?${query}&first=${first}&max=${PAGE}`);
      all.push(...page.filter((event) => event.time >= since));
      if (page.length < PAGE) return all;
    }
  }
}

const PAGE = 1000;
