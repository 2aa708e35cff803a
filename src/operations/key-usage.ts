/**
 * `npm run --silent usage -- <environment> [--window-days 30] [--dormant-days 90] [--expiring-days 30] [--json]`:
 * per customer of an environment, when its key last got a token, how many tokens and failed
 * attempts it had in a window, which keys were never used or are dormant, and which expire soon
 * (in an environment that declares `secrets`). Read from Keycloak's client-login events
 * (CLIENT_LOGIN, CLIENT_LOGIN_ERROR), which the stack turns on in a realm it creates and keeps for
 * the environment's `usageRetention`; "never used" means: not within that retention.
 * Run it with the deploy identity's credentials, as for a deploy; it changes nothing.
 */
import { loadCatalog } from "../catalog/load-catalog";
import { DEFAULT_USAGE_RETENTION, USAGE_EVENT_TYPES } from "../keycloak/usage-events";
import { durationSeconds } from "../definitions/duration";
import { SECRET_TIME_ATTRIBUTES } from "../keycloak/secret-policy";
import { RealmAdmin } from "./keycloak-admin";
import { loadEnvironment } from "./stack-workspace";

const DAY_MS = 86_400_000;

/** The periods of a usage report, in days. */
export interface UsageOptions {
  /** Tokens and failed attempts are counted over this many days. @default 30 */
  readonly windowDays?: number;
  /** A key with no token for this many days is dormant. @default 90 */
  readonly dormantDays?: number;
  /** A secret that expires within this many days is listed. @default 30 */
  readonly expiringDays?: number;
  /** The report's "now", in ms. @default Date.now() */
  readonly now?: number;
}

/** One customer's key in one environment. */
export interface KeyUsage {
  readonly clientId: string;
  /** When its last token was issued (ISO 8601), if within the retention. */
  readonly lastToken: string | undefined;
  readonly tokens: number;
  /** Attempts to get a token that Keycloak refused: a wrong, rotated-out or expired secret, a suspended key. */
  readonly failures: number;
  /** When its secret stops working (ISO 8601), in an environment that declares `secrets`. */
  readonly secretExpires: string | undefined;
  /** What a platform team acts on: `never used`, `dormant`, `expires soon`, `expired`. */
  readonly findings: readonly string[];
}

/** The usage of every customer's key in one environment. */
export interface UsageReport {
  readonly environment: string;
  readonly windowDays: number;
  readonly dormantDays: number;
  readonly expiringDays: number;
  /** How far back Keycloak keeps events: the horizon of "never used". */
  readonly retentionDays: number;
  /**
   * Whether the realm records the client-login events. When it does not (an existing realm whose
   * owner has not turned them on), no key is called never used or dormant: there is nothing to tell.
   */
  readonly eventsRecorded: boolean;
  readonly keys: readonly KeyUsage[];
}

/** Reads an environment's client-login events and its customers' secret expiry times from Keycloak. */
export async function keyUsage(root: string, environmentName: string, options: UsageOptions = {}): Promise<UsageReport> {
  const { environments, environment } = loadEnvironment(root, environmentName);
  const { catalog } = loadCatalog({ root, environments });
  const now = options.now ?? Date.now();
  const windowDays = options.windowDays ?? 30;
  const dormantDays = options.dormantDays ?? 90;
  const expiringDays = options.expiringDays ?? 30;
  const retentionDays = (durationSeconds(environment.usageRetention ?? DEFAULT_USAGE_RETENTION) ?? 0) / 86_400;
  const customers = catalog.customers
    .map(({ definition }) => definition)
    .filter((customer) => (customer.environments as readonly string[]).includes(environmentName))
    .map((customer) => customer.clientId)
    .sort();

  const admin = await RealmAdmin.login(environment);
  const eventsConfig = await admin.get<{ eventsEnabled?: boolean; enabledEventTypes?: string[] }>("/events/config");
  const eventsRecorded =
    eventsConfig.eventsEnabled === true &&
    // No list means every type is recorded.
    (eventsConfig.enabledEventTypes === undefined ||
      eventsConfig.enabledEventTypes.length === 0 ||
      USAGE_EVENT_TYPES.every((type) => eventsConfig.enabledEventTypes!.includes(type)));
  const since = now - Math.max(windowDays, dormantDays, retentionDays) * DAY_MS;
  const events = await admin.events(USAGE_EVENT_TYPES, since);
  const expiries = new Map<string, string>();
  if (environment.secrets) {
    for (const client of await admin.clients()) {
      const expires = client.attributes?.[SECRET_TIME_ATTRIBUTES.expires];
      if (expires !== undefined && /^\d+$/.test(expires)) expiries.set(client.clientId, new Date(Number(expires) * 1000).toISOString());
    }
  }

  const keys = customers.map((clientId): KeyUsage => {
    const own = events.filter((event) => event.clientId === clientId);
    const logins = own.filter((event) => event.type === "CLIENT_LOGIN");
    const last = logins.reduce<number | undefined>((latest, event) => (latest === undefined || event.time > latest ? event.time : latest), undefined);
    const inWindow = (event: { time: number }) => event.time >= now - windowDays * DAY_MS;
    const secretExpires = expiries.get(clientId);
    const findings: string[] = [];
    // With nothing recorded, neither "never used" nor "dormant" can be told.
    if (eventsRecorded && last === undefined) findings.push(`never used in the last ${retentionDays} days`);
    else if (eventsRecorded && last !== undefined && last < now - dormantDays * DAY_MS) {
      findings.push(`dormant: no token for ${Math.floor((now - last) / DAY_MS)} days`);
    }
    if (secretExpires !== undefined) {
      const left = Date.parse(secretExpires) - now;
      if (left <= 0) findings.push("expired: its secret gets no token; rotate it");
      else if (left <= expiringDays * DAY_MS) findings.push(`expires soon: in ${Math.ceil(left / DAY_MS)} days`);
    }
    return {
      clientId,
      lastToken: last === undefined ? undefined : new Date(last).toISOString(),
      tokens: logins.filter(inWindow).length,
      failures: own.filter((event) => event.type === "CLIENT_LOGIN_ERROR" && inWindow(event)).length,
      secretExpires,
      findings,
    };
  });
  return { environment: environmentName, windowDays, dormantDays, expiringDays, retentionDays, eventsRecorded, keys };
}

/** The report as a Markdown table, with the keys that need acting on first listed again below it. */
export function formatUsage(report: UsageReport): string {
  const lines = [
    `### Key usage: \`${report.environment}\` (tokens and failures over ${report.windowDays} days)`,
    "",
    ...(report.eventsRecorded
      ? []
      : [
          "The realm records no client-login events (CLIENT_LOGIN, CLIENT_LOGIN_ERROR), so no key's use can be told; turn them on in the realm's event settings (docs/operating.md, Key usage).",
          "",
        ]),
    "| customer | last token | tokens | failed | secret expires | findings |",
    "| --- | --- | --- | --- | --- | --- |",
    ...report.keys.map(
      (key) =>
        `| \`${key.clientId}\` | ${key.lastToken ?? "none"} | ${key.tokens} | ${key.failures} | ${key.secretExpires ?? "never"} | ${key.findings.join("; ") || "-"} |`,
    ),
    "",
  ];
  return lines.join("\n");
}
