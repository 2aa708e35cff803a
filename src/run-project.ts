import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Manifest } from "cdktf";
import type { Catalog, Sourced } from "./catalog/catalog";
import { loadCatalog } from "./catalog/load-catalog";
import { inventoryProblems } from "./inventory/inventory";
import { CustomerPolicy, PolicyError, type PolicyFinding } from "./policy/customer-policy";
import type { CustomerDefinition } from "./definitions/customer";
import type { EnvironmentDefinition } from "./definitions/environment";
import { buildStacks } from "./stacks/build-stacks";
import { shardIndexOf, stackNamesOf } from "./stacks/customer-shards";
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
 * Synthesizes every stack (or those `only` names) into `outdir` and checks it with the policy
 * rules; throws a {@link PolicyError} listing every finding (the caller removes `outdir`).
 *
 * Each stack is built and synthesized in an App of its own (with, for a shard, the base stack it
 * depends on), written to a scratch folder, moved into `outdir`, and released before the next: at
 * 10,000 customers one App with every stack peaked at 1.35 GB. cdktf's own `manifest.json`
 * entries of the stacks are merged into one, as one App would have written it. The policy checks
 * the JSON as written, so cdktf resolves each stack once (see docs/performance.md).
 */
function synthesizeWithPolicy(catalog: Catalog, outdir: string, only?: ReadonlySet<string>): void {
  const layout = stackLayout(catalog);
  const selected = (stack: string) => !only || only.has(stack);
  const unknown = [...(only ?? [])].filter((name) => !layout.some(({ stack }) => stack === name));
  if (unknown.length > 0) throw new Error(`no such stack to synthesize: ${unknown.join(", ")}`);
  const findings: PolicyFinding[] = [];
  const manifests: Manifest[] = [];
  for (const { stack: name, base, customers } of layout.filter(({ stack }) => selected(stack))) {
    // A shard depends on its base when both are synthesized, as in one App; the base's copy is not kept.
    const built = base !== undefined && selected(base) ? [name, base] : [name];
    // The App is given only the stack's customers: each App sorting every customer into its
    // environments and shards again cost 2 s over 34 stacks at 10,000 customers.
    const own: Catalog = { ...catalog, customers };
    const scratch = path.join(outdir, `.${name}`);
    const { manifest, policyFindings } = releasingTokens(() =>
      withoutSourceMaps(() => withoutTokenCreationStacks(() => synthesizeStack(own, scratch, name, new Set(built)))),
    );
    findings.push(...policyFindings);
    fs.mkdirSync(path.join(outdir, Manifest.stacksFolder), { recursive: true });
    fs.renameSync(path.join(scratch, Manifest.stacksFolder, name), path.join(outdir, Manifest.stacksFolder, name));
    fs.rmSync(scratch, { recursive: true, force: true });
    manifests.push(manifest);
  }
  if (findings.length > 0) throw new PolicyError(findings);
  const [first] = manifests;
  if (first === undefined) return;
  const merged = new Manifest(first.version, outdir, first.hclOutput);
  for (const manifest of manifests) Object.assign(merged.stacks, manifest.stacks);
  merged.writeToFile();
}

/**
 * Every stack of the catalog's environments in order (each environment's base or only stack
 * first), with the base a shard depends on and the customers it holds, as buildStacks spreads them.
 */
function stackLayout(catalog: Catalog): { stack: string; base?: string; customers: readonly Sourced<CustomerDefinition>[] }[] {
  return Object.entries(catalog.environments).flatMap(([name, environment]) => {
    const [first, ...shards] = stackNamesOf(name, environment) as [string, ...string[]];
    const customers = catalog.customers.filter(({ definition }) => (definition.environments as readonly string[]).includes(name));
    if (shards.length === 0) return [{ stack: first, customers }];
    const byShard = shards.map((): Sourced<CustomerDefinition>[] => []);
    for (const customer of customers) byShard[shardIndexOf(customer.definition.clientId, shards.length)]!.push(customer);
    return [{ stack: first, customers: [] }, ...shards.map((stack, index) => ({ stack, base: first, customers: byShard[index]! }))];
  });
}

/**
 * Builds the stacks `built` in a new App writing to `outdir`, synthesizes them, and checks stack
 * `name` with the policy rules against its written JSON. Returns the App's manifest with only
 * `name`'s entry, and the findings.
 */
function synthesizeStack(catalog: Catalog, outdir: string, name: string, built: ReadonlySet<string>): { manifest: Manifest; policyFindings: PolicyFinding[] } {
  const app = new App({ outdir });
  const stacks = buildStacks(app, catalog, built);
  const stack = stacks.find((candidate) => candidate.node.id === name)!;
  const policies = CustomerPolicy.of([stack]);
  for (const policy of policies) policy.checkOnlyWhenAsked();
  app.synth();
  const entry = app.manifest.stacks[name]!;
  // HCL output (SYNTH_HCL_OUTPUT) is not JSON: the stack is then checked as cdktf renders it.
  const written = app.hclOutput ? stack.toTerraform() : (JSON.parse(fs.readFileSync(path.join(outdir, entry.synthesizedStackPath), "utf8")) as unknown);
  const suppressed = policies.map((policy) => policy.check(stack, written)).some(Boolean);
  // A suppression is a comment on its resource, written by synthesizing again.
  if (suppressed) app.synth();
  for (const other of Object.keys(app.manifest.stacks)) if (other !== name) delete app.manifest.stacks[other];
  return { manifest: app.manifest, policyFindings: CustomerPolicy.findingsOf([stack]) };
}

/**
 * cdktf keeps every token it makes in one map for the whole process (`globalThis.__cdktfTokenMap`,
 * by design: a token is looked up by the string that stands for it), and a token refers to its
 * resource, so an App whose stacks are written stays in memory for as long as the process runs.
 * The tokens `work` made are removed from the map once it returns: its stacks are resolved and
 * written, and a token is only looked up while resolving the App that made it. At 10,000
 * customers this is the difference between releasing each stack and keeping them all
 * (docs/performance.md). Tokens made before, such as at import time, stay.
 */
function releasingTokens<T>(work: () => T): T {
  const map = (globalThis as { __cdktfTokenMap?: { stringTokenMap?: unknown; numberTokenMap?: unknown } }).__cdktfTokenMap;
  const tables = [map?.stringTokenMap, map?.numberTokenMap].filter((table): table is Map<unknown, unknown> => table instanceof Map);
  const before = tables.map((table) => new Set(table.keys()));
  try {
    return work();
  } finally {
    tables.forEach((table, index) => {
      for (const key of table.keys()) if (!before[index]!.has(key)) table.delete(key);
    });
  }
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
