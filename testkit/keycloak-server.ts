import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { KEYCLOAK_READY_CEILING_MS } from "./ceilings";
import { provision } from "./toolchain";
import { secretSweep } from "./secret-sweep";

/** A Keycloak server started for tests on loopback, with an admin account of its own. */
export interface KeycloakServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly adminUser: string;
  /** A canary (`canary-bootstrap-<random>`): the secret sweep fails the test file wherever it shows up. */
  readonly adminPassword: string;
  /**
   * The deploy identity: a service-account client of the master realm that holds only the roles
   * {@link DEPLOY_IDENTITY_ROLES} names. The Keycloak provider reads it from KEYCLOAK_CLIENT_ID /
   * KEYCLOAK_CLIENT_SECRET. Its secret is a canary (`canary-admin-<random>`), which the secret
   * sweep looks for in every output, file and log of the test file.
   */
  readonly deployClient: { readonly clientId: string; readonly clientSecret: string };
  /** Seconds from spawn to ready. */
  readonly startSeconds: number;
  /** Where the server's output goes; its tail is shown when something fails. */
  readonly logFile: string;
  /** Admin REST call, authenticated; throws with the response body on a non-2xx status. */
  admin<T = unknown>(method: string, resource: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
  /** SIGKILL to the server's process group, as a crash or an OOM kill would; resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGSTOP to the process group: the server keeps its sockets but answers nothing. */
  pause(): void;
  /** SIGCONT after {@link pause}. */
  resume(): void;
  /**
   * Starts the server again on the same ports (after `kill` or `stop`) and waits until it is
   * ready; with a `dev-file` database it comes back with everything it had. Returns seconds to ready.
   */
  restart(): Promise<number>;
}

/** Options of {@link startKeycloak}. */
export interface KeycloakOptions {
  /**
   * Folder of an H2 database on disk (`--db=dev-file`) that survives kills and restarts.
   * @default - an in-memory database (`--db=dev-mem`), gone when the server stops
   */
  readonly dataDir?: string;
}

const READY_TIMEOUT_MS = KEYCLOAK_READY_CEILING_MS;
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

/** Runs `check`; when it fails, the server log's tail is added to the failure's message. */
export async function withServerLog(server: KeycloakServer, check: () => Promise<void>, lines = 40): Promise<void> {
  try {
    await check();
  } catch (error) {
    (error as Error).message += `\n\nKeycloak log tail:\n${logTail(server.logFile, lines)}`;
    throw error;
  }
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

/** The options `start-dev` builds into the server (Quarkus augmentation); a change to one means a rebuild. */
function buildOptions(database: "dev-mem" | "dev-file"): string[] {
  return [`--db=${database}`, "--features=client-secret-rotation", "--health-enabled=true"];
}

/** One run of a server process, with what it takes to end it however this test process ends. */
interface ServerRun {
  readonly child: ChildProcess;
  killGroup(signal: NodeJS.Signals): void;
  /** Ends the run with `signal` (SIGKILL after a grace period), and its safety nets with it. */
  end(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Spawns `kc.sh start-dev` from `home` in its own process group, stopped by this process's exit
 * or signals and, should this process be killed outright, by a watchdog that notices it is gone
 * (and then also removes `removeOnOrphan`).
 */
function launchServer(home: string, options: string[], env: NodeJS.ProcessEnv, logFile: string, removeOnOrphan?: string): ServerRun {
  const log = fs.openSync(logFile, "a");
  const child = spawn(path.join(home, "bin", "kc.sh"), ["start-dev", ...options], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, ...env, JAVA_OPTS_KC_HEAP: "-Xms256m -Xmx1g" },
  });
  fs.closeSync(log);
  const group = child.pid!;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
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
    [
      "-c",
      `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -KILL -${group} 2>/dev/null${removeOnOrphan ? `; rm -rf "${removeOnOrphan}"` : ""}`,
    ],
    { detached: true, stdio: "ignore" },
  );
  watchdog.unref();
  const end = async (signal: NodeJS.Signals) => {
    process.off("exit", onExit);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    watchdog.kill("SIGKILL");
    if (child.exitCode === null && child.signalCode === null) {
      killGroup("SIGCONT"); // a paused server cannot act on SIGTERM
      killGroup(signal);
      const forced = setTimeout(() => killGroup("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(forced);
    }
    // The JVM may leave children in the group; a restart needs the ports free.
    killGroup("SIGKILL");
  };
  return { child, killGroup, end };
}

/**
 * A copy of the cached distribution that `start-dev` has already built with `database`'s build
 * options, made once per Keycloak version and options and kept beside the distribution. The first
 * `start-dev` of a fresh copy spends most of its start on Quarkus's augmentation (55 of 114 s on a
 * loaded 2-core machine); a copy of a built one starts without it. It is built by starting the
 * server once (dev mode has no `build` command) with a throwaway admin, then stopping it and
 * removing what the run left in `data/`. Two processes that build at once each build their own
 * and the first rename wins.
 */
async function builtDistribution(distribution: string, javaHome: string, database: "dev-mem" | "dev-file"): Promise<string> {
  const options = buildOptions(database);
  const key = createHash("sha256").update(options.join(" ")).digest("hex").slice(0, 12);
  const built = `${distribution}-dev-${key}`;
  if (fs.existsSync(path.join(built, "bin", "kc.sh"))) return built;
  const building = `${built}.part-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  fs.cpSync(distribution, building, { recursive: true });
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-build-")), "keycloak.log");
  const [httpPort, managementPort] = [await freePort(), await freePort()];
  const run = launchServer(
    building,
    [...options, "--http-host=127.0.0.1", `--http-port=${httpPort}`, `--http-management-port=${managementPort}`],
    { JAVA_HOME: javaHome, KC_BOOTSTRAP_ADMIN_USERNAME: "build", KC_BOOTSTRAP_ADMIN_PASSWORD: randomBytes(12).toString("hex") },
    logFile,
    building,
  );
  try {
    await waitUntilReady(`http://127.0.0.1:${managementPort}/health/ready`, run.child, logFile);
  } finally {
    await run.end("SIGTERM");
  }
  fs.rmSync(path.join(building, "data"), { recursive: true, force: true });
  try {
    fs.renameSync(building, built);
  } catch (error) {
    // Another process renamed its build first: use that one.
    fs.rmSync(building, { recursive: true, force: true });
    if (!fs.existsSync(path.join(built, "bin", "kc.sh"))) throw error;
  }
  return built;
}

/**
 * Starts Keycloak in dev mode on free loopback ports with an in-memory database (or, with
 * `dataDir`, one on disk) and waits on its readiness endpoint. The server runs in its own process
 * group, stopped by `stop()`, by this process's exit or signals, and, should this process be
 * killed outright, by a watchdog that notices this process is gone. `restart()` starts it again
 * the same way, on the same ports.
 */
export async function startKeycloak(options: KeycloakOptions = {}): Promise<KeycloakServer> {
  const { KEYCLOAK_HOME: distribution, KEYCLOAK_JAVA_HOME: javaHome } = provision("keycloak");
  const databaseKind = options.dataDir ? "dev-file" : "dev-mem";
  const built = await builtDistribution(distribution!, javaHome!, databaseKind);
  // A copy of the built distribution of its own (0.3 s): start-dev rebuilds files inside the
  // distribution it runs from when its options change, and two servers rebuilding one shared copy
  // at once corrupt it ("zip END header not found"). With `dataDir` the copy lives there and
  // survives restarts.
  const home = options.dataDir ? path.join(options.dataDir, "keycloak") : fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-home-"));
  const ownsHome = !options.dataDir;
  if (!fs.existsSync(path.join(home, "bin", "kc.sh"))) fs.cpSync(built, home, { recursive: true });
  const [httpPort, managementPort] = [await freePort(), await freePort()];
  const adminUser = "test-admin";
  const adminPassword = `canary-bootstrap-${randomBytes(12).toString("hex")}`;
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-log-")), "keycloak.log");
  secretSweep.secret("Keycloak's bootstrap admin password (canary)", adminPassword);
  secretSweep.atEnd(`Keycloak server log on port ${httpPort}`, logFile);
  // Its own H2 file, never the one in the shared Keycloak home that other servers may use.
  // WRITE_DELAY=0: H2 otherwise flushes commits up to 500 ms late, so a killed server loses changes
  // it had already confirmed (seen here: deletes the deploy was told had succeeded came back),
  // which a production database does not do.
  const database = options.dataDir
    ? [...buildOptions("dev-file"), `--db-url=jdbc:h2:file:${path.join(options.dataDir, "keycloakdb")};NON_KEYWORDS=VALUE;WRITE_DELAY=0`]
    : buildOptions("dev-mem");
  const launch = () =>
    launchServer(
      home,
      [...database, "--http-host=127.0.0.1", `--http-port=${httpPort}`, `--http-management-port=${managementPort}`],
      { JAVA_HOME: javaHome, KC_BOOTSTRAP_ADMIN_USERNAME: adminUser, KC_BOOTSTRAP_ADMIN_PASSWORD: adminPassword },
      logFile,
      ownsHome ? home : undefined,
    );

  const url = `http://127.0.0.1:${httpPort}`;
  const readyUrl = `http://127.0.0.1:${managementPort}/health/ready`;
  const started = Date.now();
  let current = launch();
  const stop = async () => {
    await current.end("SIGTERM");
    if (ownsHome) fs.rmSync(home, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(readyUrl, current.child, logFile);
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

  let deployClient: KeycloakServer["deployClient"];
  try {
    deployClient = await createDeployClient(admin);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    adminUser,
    adminPassword,
    deployClient,
    startSeconds,
    logFile,
    admin,
    stop,
    kill: () => current.end("SIGKILL"),
    pause: () => current.killGroup("SIGSTOP"),
    resume: () => current.killGroup("SIGCONT"),
    async restart() {
      await current.end("SIGTERM");
      cached = undefined;
      const restarted = Date.now();
      current = launch();
      try {
        await waitUntilReady(readyUrl, current.child, logFile);
      } catch (error) {
        await stop();
        throw error;
      }
      return (Date.now() - restarted) / 1000;
    },
  };
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
  const credentials = { clientId: "keycloak-api-keys-deployer", clientSecret: `canary-admin-${randomBytes(16).toString("hex")}` };
  secretSweep.secret("deploy identity's client secret (canary admin secret)", credentials.clientSecret);
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
