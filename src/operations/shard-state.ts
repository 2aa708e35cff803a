/**
 * `npm run --silent shard-state -- <environment>`: moves an environment's resources between its
 * states so they match its `customerShards`: from one stack to shards, from one shard count to
 * another, or back to one stack. Each customer's client, scopes, roles and secret output move as
 * they are, so no client is destroyed or created and no secret changes; Keycloak is not called.
 *
 * It reads the one-stack state, the base state, and the shards of the count the base state
 * records and of the declared count; writes every state that should hold something first, and
 * empties the others last. Stopped midway, it can be run again: a resource found in two states
 * is kept once, where it belongs. Run it with the deploy's settings (TERRAFORM_BINARY_NAME, the
 * backend's credentials), when no deploy of the environment runs, then deploy.
 */
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { StateBackend } from "../definitions/environment";
import { baseStackName, customerStackName, shardCountOf, shardStackName, stackState } from "../stacks/customer-shards";
import { CUSTOMER_SHARDS_OUTPUT_NAME, CUSTOMERS_SCOPE_ID } from "../stacks/environment-stack";
import { UserError } from "../user-error";
import { loadEnvironment } from "./stack-workspace";
import { localStateFile, pullState, pushState, type StateFile, type StateResource } from "./state-files";
import { runTerraform } from "./terraform-cli";

/** What one state held before and holds after. */
export interface MovedState {
  readonly stack: string;
  readonly resourcesBefore: number;
  readonly resourcesAfter: number;
  readonly customersAfter: number;
}

/** A state location with a scratch Terraform folder configured for its backend. */
class StateLocation {
  private readonly dir: string;
  private initialized = false;

  constructor(
    readonly stack: string,
    readonly state: StateBackend,
    root: string,
    scratch: string,
  ) {
    this.dir = path.join(scratch, stack);
    fs.mkdirSync(this.dir);
    const backend =
      state.backend === "local"
        ? { local: { path: localStateFile(root, state.path) } }
        : { s3: { bucket: state.bucket, key: state.key, region: state.region, dynamodb_table: state.dynamodbTable, encrypt: true } };
    fs.writeFileSync(path.join(this.dir, "main.tf.json"), JSON.stringify({ terraform: { backend } }));
  }

  /** The engine's version, for a state written where none was. */
  engineVersion(): string {
    return (JSON.parse(this.run(["version", "-json"])) as { terraform_version: string }).terraform_version;
  }

  /** The state, or `undefined` where none was ever written. */
  pull(): StateFile | undefined {
    return pullState((args) => this.terraform(args));
  }

  push(state: StateFile): void {
    pushState(state, (args) => this.terraform(args));
  }

  private terraform(args: readonly string[]): string {
    if (!this.initialized) {
      this.run(["init", "-input=false", "-no-color"]);
      this.initialized = true;
    }
    return this.run(args);
  }

  private run(args: readonly string[]): string {
    const result = runTerraform(this.dir, args);
    // The output may hold the state, and so secrets: only the error stream is shown.
    if (result.status !== 0)
      throw new UserError(`${result.binary} ${args.slice(0, 2).join(" ")} failed for the state of ${this.stack}:\n${result.stderr.trim()}`);
    return result.stdout;
  }
}

/** What a state written where none was starts from. */
function newStateTemplate(location: StateLocation): StateFile {
  return { version: 4, terraform_version: location.engineVersion(), serial: 0, lineage: "", outputs: {}, resources: [] };
}

/** The customer a resource or output of a customer belongs to, from its address (`customers_<clientId>...`). */
function customerOf(name: string): string | undefined {
  const prefix = `${CUSTOMERS_SCOPE_ID}_`;
  return name.startsWith(prefix) ? name.slice(prefix.length).split("_")[0] : undefined;
}

function sortedByName(outputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => a.localeCompare(b)));
}

function addressOf(resource: StateResource): string {
  return `${resource.module ?? ""}${resource.mode}.${resource.type}.${resource.name}`;
}

function byAddress(a: StateResource, b: StateResource): number {
  return addressOf(a).localeCompare(addressOf(b));
}

/** Moves the resources of one environment to the states its declared layout gives them. */
export function shardState(root: string, environmentName: string): MovedState[] {
  const { environment } = loadEnvironment(root, environmentName);
  const count = shardCountOf(environment);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-api-keys-shard-state-"));
  try {
    const locations = new Map<string, StateLocation>();
    const locationOf = (stack: string) => {
      let location = locations.get(stack);
      if (!location) {
        location = new StateLocation(stack, stackState(environment.state, environmentName, stack), root, scratch);
        locations.set(stack, location);
      }
      return location;
    };
    const singleStack = environmentName;
    const base = count > 1 ? baseStackName(environmentName) : singleStack;
    const targetOf = (name: string) => {
      const customer = customerOf(name);
      return customer === undefined ? base : customerStackName(environmentName, environment, customer);
    };

    // Every state that may hold something: the one-stack state, the base, the shards of the
    // recorded count and of the declared one.
    const states = new Map<string, StateFile | undefined>();
    const read = (stack: string) => {
      if (!states.has(stack)) states.set(stack, locationOf(stack).pull());
    };
    read(singleStack);
    read(baseStackName(environmentName));
    const recordedOutput = states.get(baseStackName(environmentName))?.outputs[CUSTOMER_SHARDS_OUTPUT_NAME] as { value?: unknown } | undefined;
    const recorded = typeof recordedOutput?.value === "number" ? recordedOutput.value : 1;
    for (const shards of new Set([recorded, count])) {
      for (let index = 0; shards > 1 && index < shards; index += 1) read(shardStackName(environmentName, index, shards));
    }

    // Each managed resource and output once, where it belongs. Data sources are read again by the next plan.
    const resources = new Map<string, Map<string, StateResource>>();
    const outputs = new Map<string, Record<string, unknown>>();
    const template = [...states.values()].find((state) => state !== undefined) ?? newStateTemplate(locationOf(base));
    for (const [stack, state] of states) {
      for (const resource of state?.resources ?? []) {
        if (resource.mode !== "managed") continue;
        const target = targetOf(resource.name);
        const held = resources.get(target) ?? new Map<string, StateResource>();
        // Found twice (a run stopped midway): the copy already in its place wins.
        if (!held.has(addressOf(resource)) || stack === target) held.set(addressOf(resource), resource);
        resources.set(target, held);
      }
      for (const [name, output] of Object.entries(state?.outputs ?? {})) {
        if (name === CUSTOMER_SHARDS_OUTPUT_NAME) continue;
        const target = targetOf(name);
        outputs.set(target, { ...outputs.get(target), [name]: output });
      }
    }
    if (count > 1) outputs.set(base, { ...outputs.get(base), [CUSTOMER_SHARDS_OUTPUT_NAME]: { value: count, type: "number" } });
    for (const target of [...resources.keys(), ...outputs.keys()]) read(target);

    const next = (stack: string): StateFile => {
      const before = states.get(stack);
      return {
        version: template.version,
        terraform_version: template.terraform_version,
        serial: (before?.serial ?? 0) + 1,
        lineage: before?.lineage ?? randomUUID(),
        outputs: sortedByName(outputs.get(stack) ?? {}),
        resources: [...(resources.get(stack)?.values() ?? [])].sort(byAddress),
        check_results: null,
      };
    };
    const unchanged = (stack: string, state: StateFile) => {
      const before = states.get(stack);
      const managedBefore = (before?.resources ?? []).filter((resource) => resource.mode === "managed");
      const sameResources = JSON.stringify(managedBefore.sort(byAddress)) === JSON.stringify(state.resources);
      return sameResources && JSON.stringify(sortedByName(before?.outputs ?? {})) === JSON.stringify(state.outputs);
    };

    // Sharded, the base stack's plan reads the one-stack state (read above): it must exist, if empty.
    // Fill first, empty last: stopped in between, a resource is in two states, never in none.
    const mustExist = count > 1 ? [singleStack] : [];
    const filled = [...states.keys()].filter((stack) => resources.has(stack) || outputs.has(stack));
    const emptied = [...states.keys()].filter((stack) => !filled.includes(stack) && (states.get(stack) !== undefined || mustExist.includes(stack)));
    const moved: MovedState[] = [];
    for (const stack of [...filled, ...emptied]) {
      const state = next(stack);
      const before = states.get(stack);
      const empty = state.resources.length === 0 && Object.keys(state.outputs).length === 0;
      if (before === undefined ? empty && !mustExist.includes(stack) : unchanged(stack, state)) continue;
      locationOf(stack).push(state);
      moved.push({
        stack,
        resourcesBefore: before?.resources.filter((resource) => resource.mode === "managed").length ?? 0,
        resourcesAfter: state.resources.length,
        customersAfter: new Set(state.resources.map((resource) => customerOf(resource.name)).filter((customer) => customer !== undefined)).size,
      });
    }
    return moved;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
