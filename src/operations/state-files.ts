/**
 * Terraform state files, wherever this project reads or writes one itself: the parts of the
 * format it reads, `state pull` and `state push` through the CLI (for any backend), and a local
 * backend's files on disk.
 *
 * Terraform's local backend rewrites the state file in place after each resource it applies. A
 * deploy killed while it writes (the pipeline's job cancelled, the runner lost) leaves the file
 * empty or cut short; Terraform never writes either itself (a destroyed environment's state is a
 * JSON state with no resources). An empty file reads as "no state": the next deploy would plan
 * every resource anew, stop at `409 ... already exists` and then write a new state without
 * resources over it, after which nothing shows it was damaged. So synthesis refuses while a
 * state is damaged, and `npm run recover` restores it from the `.backup` Terraform wrote at the
 * start of that deploy.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { EnvironmentDefinition } from "../definitions/environment";
import { stackNamesOf, stackState } from "../stacks/customer-shards";
import { UserReport } from "../user-error";
import { LOCK_TIMEOUT_FLAG } from "./terraform-cli";

/** The parts of a Terraform state (format 4) this project reads and writes. */
export interface StateFile {
  version: number;
  terraform_version: string;
  serial: number;
  lineage: string;
  outputs: Record<string, unknown>;
  resources: StateResource[];
  check_results?: unknown;
}

/** One resource of a state, with its instances' attributes. */
export interface StateResource {
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  readonly module?: string;
  readonly instances: readonly { attributes: Record<string, unknown> }[];
}

/** Runs the Terraform CLI where a state's backend is configured, with the caller's handling of a failure; returns its output. */
export type StateCommand = (args: readonly string[]) => string;

/** `state pull`: the state, or `undefined` where none was ever written. */
export function pullState(run: StateCommand): StateFile | undefined {
  const pulled = run(["state", "pull"]).trim();
  return pulled === "" ? undefined : (JSON.parse(pulled) as StateFile);
}

/**
 * `state push` of `state`: it passes through a file only the user can read, in a folder of its
 * own removed right after, since a state holds every secret.
 */
export function pushState(state: StateFile, run: StateCommand): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-api-keys-state-"));
  try {
    const file = path.join(scratch, "pushed.tfstate");
    fs.writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
    run(["state", "push", LOCK_TIMEOUT_FLAG, file]);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The file of a local state, whose path is declared relative to the project root. */
export function localStateFile(root: string, declaredPath: string): string {
  return path.resolve(root, declaredPath);
}

/** How a killed deploy left a local state file. */
export type StateDamage = "empty" | "cut short";

/** A damaged local state file of one stack. */
export interface DamagedState {
  readonly environmentName: string;
  readonly stackName: string;
  /** The state file, relative to the project root as declared. */
  readonly file: string;
  readonly damage: StateDamage;
  /** Whether `<file>.backup` is a whole state to restore it from. */
  readonly restorable: boolean;
}

/**
 * Whether a state file's text is damaged: empty, or not a JSON object (plain, or with state
 * encryption the encrypted envelope, which is JSON too).
 */
export function stateDamageOf(text: string): StateDamage | undefined {
  if (text.trim() === "") return "empty";
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? undefined : "cut short";
  } catch {
    return "cut short";
  }
}

/** The damaged local state files of an environment's stacks (or of `onlyStacks` among them). */
export function damagedLocalStates(
  root: string,
  environmentName: string,
  environment: EnvironmentDefinition,
  onlyStacks?: ReadonlySet<string>,
): DamagedState[] {
  const damaged: DamagedState[] = [];
  for (const stackName of stackNamesOf(environmentName, environment)) {
    if (onlyStacks && !onlyStacks.has(stackName)) continue;
    const state = stackState(environment.state, environmentName, stackName);
    if (state.backend !== "local") continue;
    const file = localStateFile(root, state.path);
    if (!fs.existsSync(file)) continue;
    const damage = stateDamageOf(fs.readFileSync(file, "utf8"));
    if (!damage) continue;
    const backup = `${file}.backup`;
    const restorable = fs.existsSync(backup) && stateDamageOf(fs.readFileSync(backup, "utf8")) === undefined;
    damaged.push({ environmentName, stackName, file: state.path, damage, restorable });
  }
  return damaged;
}

/** Synthesis refused: a local state file is damaged; nothing was synthesized or deployed. */
export class DamagedStateError extends UserReport {
  constructor(readonly damaged: readonly DamagedState[]) {
    super(
      [
        `${damaged.length} damaged state file${damaged.length === 1 ? "" : "s"}; nothing was synthesized or deployed:`,
        ...damaged.map(
          ({ environmentName, file, damage, restorable }) =>
            `  ${file}: ${damage}, as a deploy killed while Terraform rewrote it leaves it. ` +
            (restorable
              ? `Run \`npm run --silent recover -- ${environmentName}\`: it restores the file from ${file}.backup and adopts the clients created after it; then deploy again.`
              : `${file}.backup is missing or damaged too: put back a copy of the state (the pipeline's artifact, a file-system snapshot), then run \`npm run --silent recover -- ${environmentName}\`.`),
        ),
      ].join("\n"),
    );
  }
}

/**
 * Restores each damaged local state of an environment that has a whole `.backup`; returns the
 * files restored and the damaged states it could not restore.
 */
export function restoreDamagedStates(
  root: string,
  environmentName: string,
  environment: EnvironmentDefinition,
): { restored: string[]; unrestorable: DamagedState[] } {
  const damaged = damagedLocalStates(root, environmentName, environment);
  const restored = damaged.filter(({ restorable }) => restorable).map(({ file }) => file);
  for (const file of restored) fs.copyFileSync(`${localStateFile(root, file)}.backup`, localStateFile(root, file));
  return { restored, unrestorable: damaged.filter(({ restorable }) => !restorable) };
}
