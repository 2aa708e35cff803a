import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import type { Catalog } from "./catalog/catalog";
import { loadCatalog } from "./catalog/load-catalog";
import { inventoryProblems } from "./inventory/inventory";
import { CustomerPolicy, PolicyError } from "./policy/customer-policy";
import type { EnvironmentDefinition } from "./definitions/environment";
import { buildStacks } from "./stacks/build-stacks";
import { DamagedStateError, damagedLocalStates } from "./operations/state-files";
import { assertValid } from "./validation/validate-catalog";

/** Options for {@link synthesizeProject}. */
export interface SynthesizeProjectOptions {
  /** Project root with `clients/` and `scopes/`. */
  readonly root: string;
  readonly environments: Readonly<Record<string, EnvironmentDefinition>>;
}

/** Options for {@link synthesizeProject}. */
export interface SynthesizeOptions extends SynthesizeProjectOptions {
  /**
   * The stacks to synthesize; every definition is still loaded and validated.
   * @default - `$KEYCLOAK_API_KEYS_STACKS` (comma-separated, set by the plan and drift commands), else every stack
   */
  readonly stacks?: readonly string[];
  /**
   * Where the stacks are written.
   * @default - `$CDKTF_OUTDIR` (set by `cdktf synth`), else `cdktf.out` under the root
   */
  readonly outdir?: string;
}

/**
 * Loads every definition file and checks it with every rule and against the inventory (no mass
 * removal); throws a `DefinitionError` listing every problem.
 */
function loadValidCatalog(options: SynthesizeProjectOptions): Catalog {
  const { catalog, problems } = loadCatalog(options);
  // A file that fails to load is broken, not removed: the inventory is compared once all load.
  assertValid(catalog, problems.length > 0 ? problems : inventoryProblems(options.root, catalog));
  return catalog;
}

/**
 * Loads and validates every definition file and synthesizes every stack with the policy rules
 * into a temporary folder it removes, writing nothing in the project. Throws a
 * `DefinitionError` or a {@link PolicyError} listing every problem.
 */
export function checkProject(options: SynthesizeProjectOptions): void {
  const catalog = loadValidCatalog(options);
  // cdktf's App makes its output folder when constructed; give it one that is removed right after.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-api-keys-check-"));
  try {
    synthesizeWithPolicy(catalog, scratch);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Loads and validates every definition file, then synthesizes one stack per environment.
 * Nothing is synthesized unless every file is valid, and a synthesis that fails half-way leaves
 * nothing behind: the stacks are written to a fresh folder beside the output folder, which
 * replaces the output folder only once every stack is written.
 */
export function synthesizeProject(options: SynthesizeOptions): void {
  const catalog = loadValidCatalog(options);
  const stacks = options.stacks ?? process.env.KEYCLOAK_API_KEYS_STACKS?.split(",").filter((name) => name !== "");
  const only = stacks && new Set(stacks);
  refuseDamagedStates(options, only);
  const outdir = path.resolve(options.outdir ?? process.env.CDKTF_OUTDIR ?? path.join(options.root, "cdktf.out"));
  fs.mkdirSync(path.dirname(outdir), { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(outdir), `.${path.basename(outdir)}-`));
  try {
    synthesizeWithPolicy(catalog, staging, only);
    if (process.env.CDKTF_OUTDIR !== undefined) keepRemovedStacksForTheCli(outdir, staging);
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * A deploy must not start from a local state file a killed deploy left empty or cut short: it
 * would plan everything anew (see operations/state-files.ts). Throws a {@link DamagedStateError}.
 */
function refuseDamagedStates(options: SynthesizeProjectOptions, only?: ReadonlySet<string>): void {
  const damaged = Object.entries(options.environments).flatMap(([name, environment]) => damagedLocalStates(options.root, name, environment, only));
  if (damaged.length > 0) throw new DamagedStateError(damaged);
}

/**
 * The cdktf CLI lists the stack folders before it runs the app and removes, after it, those no
 * longer synthesized; it fails (`ENOENT ... cdktf.out/stacks/<stack>`) when one is already gone,
 * as when an environment is sharded or its shard count changes. Such folders are moved into the
 * new output, for the CLI to remove.
 */
function keepRemovedStacksForTheCli(outdir: string, staging: string): void {
  const stacksOf = (dir: string) => (fs.existsSync(path.join(dir, "stacks")) ? fs.readdirSync(path.join(dir, "stacks")) : []);
  const synthesized = new Set(stacksOf(staging));
  for (const stack of stacksOf(outdir).filter((name) => !synthesized.has(name))) {
    fs.mkdirSync(path.join(staging, "stacks"), { recursive: true });
    fs.renameSync(path.join(outdir, "stacks", stack), path.join(staging, "stacks", stack));
  }
}

/**
 * Synthesizes every stack into `outdir` with the policy rules as an Aspect on each; throws a
 * {@link PolicyError} listing every finding (the caller removes `outdir`).
 */
function synthesizeWithPolicy(catalog: Catalog, outdir: string, only?: ReadonlySet<string>): void {
  const findings = withoutSourceMaps(() =>
    withoutTokenCreationStacks(() => {
      const app = new App({ outdir });
      const stacks = buildStacks(app, catalog, only);
      const unknown = [...(only ?? [])].filter((name) => !stacks.some((stack) => stack.node.id === name));
      if (unknown.length > 0) throw new Error(`no such stack to synthesize: ${unknown.join(", ")}`);
      app.synth();
      return CustomerPolicy.findingsOf(stacks);
    }),
  );
  if (findings.length > 0) throw new PolicyError(findings);
}

/**
 * cdktf captures the full stack trace of every token it creates (`creationStack`), only to print
 * it should that token fail to resolve. With five resources and a dozen references per customer,
 * that was a fifth of cdktf's time, and at 10,000 customers 1.35 GB of peak memory became 0.94 GB and
 * 67 s became 57 s (`npm run bench`, profiled with `node --cpu-prof`). Here only errors keep their traces: a plain
 * object (what cdktf passes) gets none, so a token's creation stack is empty. The synthesized
 * JSON does not change (the snapshot tests, and the benchmark's comparison with a plain generator).
 */
function withoutTokenCreationStacks<T>(work: () => T): T {
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = (target: object, constructorOpt?: Parameters<typeof capture>[1]) => {
    if (target instanceof Error) capture(target, constructorOpt);
  };
  try {
    return work();
  } finally {
    Error.captureStackTrace = capture;
  }
}

/**
 * cdktf records a stack trace for every token it creates; with source maps on (tsx turns them
 * on) each one is mapped back to TypeScript, which more than doubled construct time at 1,000
 * customers (2.9 s to 1.2 s, `npm run bench`). Traces are formatted when read, after this returns,
 * so a bug still shows TypeScript positions.
 */
function withoutSourceMaps<T>(work: () => T): T {
  const enabled = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    return work();
  } finally {
    process.setSourceMapsEnabled(enabled);
  }
}
