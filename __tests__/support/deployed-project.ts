import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { KeyHandover } from "../../src/operations/hand-over-key";
import { PROJECT_ROOT, environmentsPointedAt, exampleFiles, startInventory, tempProject } from "../../testkit/temp-project";
import { changedAttributes, type PlanJson } from "../../src/review/plan-json";
import { provision, selectedEngine, type Engine } from "../../testkit/toolchain";
import type { KeycloakServer } from "../../testkit/keycloak-server";
import { secretSweep } from "../../testkit/secret-sweep";
import { COMMAND_CEILING_MS } from "../../testkit/ceilings";

/** What a command printed and how it ended. */
export interface CommandResult {
  readonly status: number;
  readonly output: string;
  readonly seconds: number;
}

/** One resource the plan would change, and which of its attributes. */
export interface PlannedChange {
  readonly address: string;
  readonly actions: readonly string[];
  readonly attributes: readonly string[];
}

/** A plan's verdict: exit code of `plan -detailed-exitcode` (0 no changes, 2 changes) and the changes. */
export interface PlanResult {
  readonly exitCode: number;
  readonly changes: readonly PlannedChange[];
  /** Outputs whose value would change, e.g. a secret Keycloak replaced. */
  readonly outputChanges: readonly string[];
}

const COMMAND_TIMEOUT_MS = COMMAND_CEILING_MS;

/** Variables whose value a test's deploy environment treats as a secret: the sweep looks for it everywhere. */
const SECRET_VARIABLE = /SECRET|PASSWORD|PASSPHRASE|TOKEN|CREDENTIAL|PRIVATE_KEY|ACCESS_KEY/i;
/** Terraform commands that print the state itself, secrets included; what they print is no artefact. */
const READS_STATE = new Set(["output", "show", "state"]);

/** A command started in its own process group, so a test can kill it with everything it started. */
export interface RunningCommand {
  readonly pid: number;
  /** Sends `signal` to the command's whole process group (cdktf, its node workers, terraform, the provider). */
  kill(signal: NodeJS.Signals): void;
  /** The output so far. */
  output(): string;
  readonly result: Promise<CommandResult>;
}

/** Runs a command to its end without blocking the test runner; stdout and stderr interleaved. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return start(command, args, cwd, env, false).result;
}

function start(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, detached: boolean): RunningCommand {
  const started = Date.now();
  let output = "";
  let pid = -1;
  const result = new Promise<CommandResult>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached, stdio: ["ignore", "pipe", "pipe"] });
    pid = child.pid ?? -1;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), COMMAND_TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status: status ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : -1), output, seconds: (Date.now() - started) / 1000 });
    });
  });
  return {
    pid,
    kill: (signal) => {
      try {
        process.kill(detached ? -pid : pid, signal);
      } catch {
        // already gone
      }
    },
    output: () => output,
    result,
  };
}

/** Options of {@link DeployedProject}; each defaults to what the lifecycle test uses. */
export interface DeployedProjectOptions {
  /** @default - KEYCLOAK_API_KEYS_ENGINE, or terraform */
  readonly engine?: Engine;
  /** Definition files instead of the bundled example's, e.g. many generated customers. @default - the example's */
  readonly files?: Readonly<Record<string, string>>;
  /** A change to `environments.ts` after it points at the test's Keycloak, e.g. state encryption. @default - none */
  readonly editEnvironments?: (source: string) => string;
  /** Where the environment reaches Keycloak, e.g. through a KeycloakGate. @default - the server's own URL */
  readonly keycloakUrl?: string;
}

/**
 * A temporary copy of the bundled example whose sandbox environment points at a Keycloak started
 * for the test, deployed with the real `cdktf deploy`, the real provider and the real terraform.
 * Admin credentials reach the provider only through the environment.
 *
 * Everything it runs feeds the test file's secret sweep (secret-sweep.ts): each command's output
 * and the project's files after it are artefacts; secret-looking variables of the deploy's
 * environment, customer secrets `key` hands over and sensitive outputs read from the state are
 * secrets.
 */
export class DeployedProject {
  readonly root: string;
  private currentEngine: Engine;
  private env: NodeJS.ProcessEnv;

  constructor(
    readonly keycloak: KeycloakServer,
    readonly environment = "sandbox",
    options: DeployedProjectOptions = {},
  ) {
    const pointed = environmentsPointedAt(options.keycloakUrl ?? keycloak.url);
    this.root = tempProject({ ...(options.files ?? exampleFiles()), "environments.ts": options.editEnvironments?.(pointed) ?? pointed });
    // Not the example's customers: the copy starts its own reviewed list of them.
    if (options.files) startInventory(this.root);
    this.currentEngine = options.engine ?? selectedEngine();
    this.env = { ...process.env, ...provision("engine", this.currentEngine) };
    // Through setEnv, which tells the sweep about secret-looking variables.
    this.setEnv({
      KEYCLOAK_CLIENT_ID: keycloak.deployClient.clientId,
      KEYCLOAK_CLIENT_SECRET: keycloak.deployClient.clientSecret,
      CI: "1",
      // cdktf runs `init` on a pseudo-terminal without -input=false, so a missing variable (a state
      // encryption key) would wait for an answer forever; a pipeline must set this too.
      TF_INPUT: "0",
      NO_COLOR: "1",
      FORCE_COLOR: "0",
    });
  }

  /** The stack's synthesized folder, where Terraform runs. */
  get stackDir(): string {
    return path.join(this.root, "cdktf.out", "stacks", this.environment);
  }

  /**
   * Changes the environment of every later command: `undefined` removes a variable. For a key
   * (`TF_VAR_...`), another engine's settings, or admin credentials.
   */
  setEnv(vars: Readonly<Record<string, string | undefined>>): void {
    const env = { ...this.env, ...vars };
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) delete env[name];
      else if (SECRET_VARIABLE.test(name)) secretSweep.secret(`${name} of the deploy's environment`, value);
    }
    this.env = env;
  }

  /**
   * Hands a finished command to the secret sweep: its output (unless `artefact` is false) and
   * the project's files as the command left them.
   */
  private swept(command: string, result: CommandResult, artefact = true): CommandResult {
    if (artefact) secretSweep.output(command, result.output);
    secretSweep.files(this.root);
    secretSweep.files(`${this.root}-checkout`);
    return result;
  }

  /** Runs a command in the project (or `cwd`) and hands it to the sweep. */
  private async runSwept(command: string, args: readonly string[], env = this.env, cwd = this.root, artefact = true): Promise<CommandResult> {
    return this.swept([path.basename(command), ...args].join(" "), await run(command, args, cwd, env), artefact);
  }

  /** Deploys with another engine from now on (its binary; the provider mirror is the same). */
  useEngine(engine: Engine): void {
    this.setEnv(provision("engine", engine));
    this.currentEngine = engine;
  }

  /** The engine deploys, plans and `npm run key` use. */
  get engine(): Engine {
    return this.currentEngine;
  }

  /** The deploy command started in its own process group, for tests that kill it midway. */
  startDeploy(root = this.root, extraArgs: readonly string[] = []): RunningCommand {
    const args = ["deploy", this.environment, "--auto-approve", "--skip-provider-lock", ...extraArgs];
    const running = start(path.join(PROJECT_ROOT, "node_modules", ".bin", "cdktf"), args, root, this.env, true);
    return { ...running, result: running.result.then((result) => this.swept(`cdktf ${args.join(" ")}`, result)) };
  }

  /**
   * Another checkout of the project as it is now, whose `state/` is this one's: what a second
   * pipeline runner sees of a shared state backend. Returns its root; removed with this project.
   */
  secondCheckout(): string {
    const root = `${this.root}-checkout`;
    fs.cpSync(this.root, root, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => ![path.join(this.root, "cdktf.out"), path.join(this.root, "state")].includes(source),
    });
    fs.symlinkSync(path.join(this.root, "state"), path.join(root, "state"));
    return root;
  }

  /** Writes a project file, e.g. `clients/acme-logistics.ts`. */
  write(file: string, content: string): void {
    fs.writeFileSync(path.join(this.root, file), content);
  }

  read(file: string): string {
    return fs.readFileSync(path.join(this.root, file), "utf8");
  }

  /** Edits a project file; throws when the edit changes nothing, so a test cannot pass on a stale file. */
  edit(file: string, change: (content: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    this.write(file, after);
  }

  remove(file: string): void {
    fs.rmSync(path.join(this.root, file));
  }

  /** The deploy command of docs/operating.md; throws with the command's output when it fails. */
  async deploy(): Promise<CommandResult> {
    const result = await this.cdktf(["deploy", this.environment, "--auto-approve", "--skip-provider-lock"]);
    if (result.status !== 0) throw new Error(`cdktf deploy failed (exit ${result.status}):\n${result.output.slice(-6000)}`);
    return result;
  }

  cdktf(args: readonly string[]): Promise<CommandResult> {
    return this.runSwept(path.join(PROJECT_ROOT, "node_modules", ".bin", "cdktf"), args);
  }

  /**
   * Runs the Terraform CLI (the one deploys use) in a stack's folder: the environment's, or one of
   * its shards. What `output`, `show` and `state` print is the state: the sweep learns the
   * sensitive outputs of `output -json` as secrets and searches the rest.
   */
  async terraform(args: readonly string[], stack = this.environment): Promise<CommandResult> {
    const readsState = READS_STATE.has(args[0] ?? "");
    const cwd = path.join(this.root, "cdktf.out", "stacks", stack);
    const result = await this.runSwept(this.env.TERRAFORM_BINARY_NAME!, args, { ...this.env, TF_IN_AUTOMATION: "1" }, cwd, !readsState);
    if (args[0] === "output" && args.includes("-json") && result.status === 0) secretSweep.sensitiveOutputs(JSON.parse(result.output));
    return result;
  }

  /** `plan -detailed-exitcode` against the synthesized stack, and what it would change. */
  async plan(): Promise<PlanResult> {
    const planFile = path.join(this.stackDir, "review.tfplan");
    const plan = await this.terraform(["plan", "-detailed-exitcode", "-input=false", "-no-color", `-out=${planFile}`]);
    if (plan.status !== 0 && plan.status !== 2) throw new Error(`terraform plan failed (exit ${plan.status}):\n${plan.output}`);
    const shown = await this.terraform(["show", "-json", planFile]);
    fs.rmSync(planFile);
    if (shown.status !== 0) throw new Error(`terraform show failed:\n${shown.output}`);
    const json = JSON.parse(shown.output) as PlanJson & {
      output_changes?: Record<string, { actions: string[] }>;
      prior_state?: { values?: { outputs?: Record<string, { sensitive?: boolean; value?: unknown }> } };
    };
    secretSweep.sensitiveOutputs(json.prior_state?.values?.outputs);
    return {
      exitCode: plan.status,
      changes: (json.resource_changes ?? [])
        .filter(({ change }) => change.actions.join() !== "no-op")
        .map(({ address, change }) => ({ address, actions: change.actions, attributes: changedAttributes(change.before, change.after) })),
      outputChanges: Object.entries(json.output_changes ?? {})
        .filter(([, change]) => change.actions.join() !== "no-op")
        .map(([name]) => name),
    };
  }

  /**
   * The hand-over command (docs/operating.md) for one customer, as JSON, run as an operator runs
   * it (CI unset: in CI it refuses without `--out`). The sweep learns the secret; the output is the
   * hand-over itself, so it is no artefact.
   */
  async key(clientId: string): Promise<KeyHandover> {
    const result = await this.keyCommand([this.environment, clientId, "--json"]);
    if (result.status !== 0) throw new Error(`npm run key failed (exit ${result.status}):\n${result.output}`);
    return JSON.parse(result.output) as KeyHandover;
  }

  /** `npm run --silent <script> -- <args>` in the project, as a pipeline job runs it. */
  /** Runs one of the project's TypeScript scripts with tsx in the copy, e.g. a pipeline's helper, with `env` added. */
  tsx(script: string, args: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<CommandResult> {
    return this.runSwept("npx", ["tsx", script, ...args], { ...this.env, ...env });
  }

  npm(script: string, args: readonly string[] = []): Promise<CommandResult> {
    return this.runSwept("npm", ["run", "--silent", script, "--", ...args]);
  }

  /** `npm run recover`: imports clients a killed deploy created but never recorded in the state. */
  recover(): Promise<CommandResult> {
    return this.npm("recover", [this.environment]);
  }

  /**
   * The hand-over command as a person runs it (`ci`: as a CI job runs it, with CI=true; by default
   * CI is unset, whatever the test runner's is). Its `--out` file is exempt from the sweep; its
   * output is an artefact unless it is the hand-over itself (a success without `--out`).
   */
  async keyCommand(args: readonly string[], { ci = false } = {}): Promise<CommandResult> {
    const env: NodeJS.ProcessEnv = { ...this.env, CI: "true" };
    if (!ci) delete env.CI;
    const out = args.findIndex((arg) => arg === "--out" || arg.startsWith("--out="));
    const outFile = out < 0 ? undefined : args[out]!.startsWith("--out=") ? args[out]!.slice("--out=".length) : args[out + 1];
    if (outFile) secretSweep.exempt(path.resolve(this.root, outFile));
    const result = await run("npm", ["run", "--silent", "key", "--", ...args], this.root, env);
    const handedOver = result.status === 0 && out < 0;
    if (handedOver && args.includes("--json")) {
      const key = JSON.parse(result.output) as KeyHandover;
      secretSweep.secret(`customer secret of ${key.clientId}`, key.clientSecret);
    } else if (handedOver) {
      secretSweep.secret(`customer secret of ${args[1]}`, /^client_secret: +(\S+)$/m.exec(result.output)?.[1]);
    }
    return this.swept(`npm run key -- ${args.join(" ")}${ci ? " (CI=true)" : ""}`, result, !handedOver);
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
    fs.rmSync(`${this.root}-checkout`, { recursive: true, force: true });
  }
}
