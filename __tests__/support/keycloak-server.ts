import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { provision } from "../../scripts/toolchain";

/** A Keycloak server started for tests on loopback, with an admin account of its own. */
export interface KeycloakServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly adminUser: string;
  readonly adminPassword: string;
  /**
   * The deploy identity: a service-account client of the master realm that holds only the roles
   * {@link DEPLOY_IDENTITY_ROLES} names. The Keycloak provider reads it from KEYCLOAK_CLIENT_ID /
   * KEYCLOAK_CLIENT_SECRET.
   */
  readonly deployClient: { readonly clientId: string; readonly clientSecret: string };
  /** Seconds from spawn to ready. */
  readonly startSeconds: number;
  /** Where the server's output goes; its tail is shown when something fails. */
  readonly logFile: string;
  /** Admin REST call, authenticated; throws with the response body on a non-2xx status. */
  admin<T = unknown>(method: string, resource: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 30_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The last lines of the server log, for failure messages. */
export function logTail(logFile: string, lines = 40): string {
  if (!fs.existsSync(logFile)) return "(no log)";
  return fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

/** Resolves when `url` answers 200, rejects when the process exits or the deadline passes. */
async function waitUntilReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Keycloak exited before it was ready. Log tail:\n${logTail(logFile)}`);
    const ready = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    // Poll the readiness endpoint again after a short pause; the condition, not the pause, ends the wait.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Keycloak was not ready after ${READY_TIMEOUT_MS / 1000} s. Log tail:\n${logTail(logFile)}`);
}

/**
 * Starts Keycloak in dev mode on free loopback ports with an in-memory database and waits on its
 * readiness endpoint. The server runs in its own process group, stopped by `stop()`, by this
 * process's exit or signals, and, should this process be killed outright, by a watchdog that
 * notices this process is gone.
 */
export async function startKeycloak(): Promise<KeycloakServer> {
  const { KEYCLOAK_HOME: distribution, KEYCLOAK_JAVA_HOME: javaHome } = provision("keycloak");
  // A private copy of the cached distribution (0.3 s): start-dev rebuilds files inside it, and two
  // servers rebuilding one shared copy at once corrupt it ("zip END header not found").
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-home-"));
  fs.cpSync(distribution!, home, { recursive: true });
  const [httpPort, managementPort] = [await freePort(), await freePort()];
  const adminUser = "test-admin";
  const adminPassword = randomBytes(18).toString("base64url");
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-log-")), "keycloak.log");
  const log = fs.openSync(logFile, "a");
  const started = Date.now();
  const child = spawn(
    path.join(home, "bin", "kc.sh"),
    [
      "start-dev",
      "--db=dev-mem",
      "--http-host=127.0.0.1",
      `--http-port=${httpPort}`,
      `--http-management-port=${managementPort}`,
      "--health-enabled=true",
    ],
    {
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        JAVA_HOME: javaHome,
        KC_BOOTSTRAP_ADMIN_USERNAME: adminUser,
        KC_BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
        JAVA_OPTS_KC_HEAP: "-Xms256m -Xmx1g",
      },
    },
  );
  fs.closeSync(log);
  const group = child.pid!;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-group, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup("SIGKILL");
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup("SIGKILL");
    process.exit(128 + (os.constants.signals[signal] ?? 1));
  };
  process.once("exit", onExit);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const watchdog = spawn(
    "sh",
    ["-c", `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -KILL -${group} 2>/dev/null; rm -rf "${home}"`],
    { detached: true, stdio: "ignore" },
  );
  watchdog.unref();

  const url = `http://127.0.0.1:${httpPort}`;
  const stop = async () => {
    process.off("exit", onExit);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    watchdog.kill("SIGKILL");
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      killGroup("SIGTERM");
      const forced = setTimeout(() => killGroup("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(forced);
    }
    fs.rmSync(home, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(`http://127.0.0.1:${managementPort}/health/ready`, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const startSeconds = (Date.now() - started) / 1000;

  // One admin login, reused until shortly before it expires, rather than one per admin call.
  let cached: { token: string; expiresAt: number } | undefined;
  const adminToken = async (): Promise<string> => {
    if (cached && Date.now() < cached.expiresAt) return cached.token;
    const response = await fetch(`${url}/realms/master/protocol/openid-connect/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username: adminUser, password: adminPassword }),
    });
    if (!response.ok) throw new Error(`admin login failed: ${response.status} ${await response.text()}`);
    const { access_token, expires_in } = (await response.json()) as { access_token: string; expires_in: number };
    cached = { token: access_token, expiresAt: Date.now() + (expires_in - 10) * 1000 };
    return access_token;
  };

  async function admin<T>(method: string, resource: string, body?: unknown): Promise<T> {
    const response = await fetch(`${url}/admin${resource}`, {
      method,
      headers: {
        authorization: `Bearer ${await adminToken()}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /admin${resource}: ${response.status} ${text}`);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  }

  const deployClient = await createDeployClient(admin);
  return { url, adminUser, adminPassword, deployClient, startSeconds, logFile, admin, stop };
}

/**
 * What the deploy identity needs, and nothing more (checked by the contract tests):
 * - `create-realm` (a master realm role): create the environment's realm; Keycloak then makes the
 *   creator an administrator of that realm, and of no other.
 * For a realm that exists already (`create: false`), the client roles `manage-clients` (clients,
 * client roles, client scopes and their mappers) and `manage-users` (the service accounts' role
 * mappings) of the master realm's `<realm>-realm` client instead.
 */
export const DEPLOY_IDENTITY_ROLES = { realm: ["create-realm"] } as const;

/** Creates the deploy identity in the master realm and returns its credentials. */
async function createDeployClient(admin: KeycloakServer["admin"]): Promise<KeycloakServer["deployClient"]> {
  const credentials = { clientId: "keycloak-api-keys-deployer", clientSecret: randomBytes(24).toString("base64url") };
  await admin("POST", "/realms/master/clients", {
    clientId: credentials.clientId,
    secret: credentials.clientSecret,
    publicClient: false,
    serviceAccountsEnabled: true,
    standardFlowEnabled: false,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
  });
  const [client] = await admin<{ id: string }[]>("GET", `/realms/master/clients?clientId=${credentials.clientId}`);
  const user = await admin<{ id: string }>("GET", `/realms/master/clients/${client!.id}/service-account-user`);
  const roles = await Promise.all(DEPLOY_IDENTITY_ROLES.realm.map((role) => admin<object>("GET", `/realms/master/roles/${role}`)));
  await admin("POST", `/realms/master/users/${user.id}/role-mappings/realm`, roles);
  return credentials;
}

