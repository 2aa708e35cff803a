/**
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
import * as path from "node:path";
import type { EnvironmentDefinition } from "../definitions/environment";
import { stackNamesOf, stackState } from "./customer-shards";
import { UserReport } from "../user-error";

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
    const file = path.resolve(root, state.path);
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
  for (const file of restored) fs.copyFileSync(`${path.resolve(root, file)}.backup`, path.resolve(root, file));
  return { restored, unrestorable: damaged.filter(({ restorable }) => !restorable) };
}
