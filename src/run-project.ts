import { App } from "cdktf";
import { loadCatalog } from "./catalog/load-catalog";
import type { EnvironmentDefinition } from "./definitions/environment";
import { buildStacks } from "./stacks/build-stacks";
import { DefinitionError } from "./validation/problem";
import { assertValid } from "./validation/validate-catalog";

/** Options for {@link synthesizeProject}. */
export interface SynthesizeProjectOptions {
  /** Project root with `clients/` and `scopes/`. */
  readonly root: string;
  readonly environments: Readonly<Record<string, EnvironmentDefinition>>;
}

/**
 * Loads and validates every definition file, then synthesizes one stack per environment.
 * Nothing is synthesized unless every file is valid.
 */
export function synthesizeProject(options: SynthesizeProjectOptions): void {
  const { catalog, problems } = loadCatalog(options);
  assertValid(catalog, problems);
  withoutSourceMaps(() =>
    withoutTokenCreationStacks(() => {
      const app = new App();
      buildStacks(app, catalog);
      app.synth();
    }),
  );
}

/**
 * cdktf captures the full stack trace of every token it creates (`creationStack`), only to print
 * it should that token fail to resolve. With five resources and a dozen references per customer,
 * that was a fifth of cdktf's time, and at 10,000 customers 1.35 GB of peak memory became 0.94 GB and
 * 67 s became 57 s (`npm run bench`, profiled with `node --cpu-prof`). Here only errors keep their traces: a plain
 * object (what cdktf passes) gets none, so a token's creation stack is empty. The synthesized
 * JSON does not change (the snapshot tests, and the benchmark's comparison with a plain generator).
 */
function withoutTokenCreationStacks(work: () => void): void {
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = (target: object, constructorOpt?: Parameters<typeof capture>[1]) => {
    if (target instanceof Error) capture(target, constructorOpt);
  };
  try {
    work();
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
function withoutSourceMaps(work: () => void): void {
  const enabled = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    work();
  } finally {
    process.setSourceMapsEnabled(enabled);
  }
}

/**
 * Runs `main` and turns mistakes in definition files into a plain list on stderr and exit
 * status 1. Anything else is a bug and keeps its stack trace.
 */
export function runReportingProblems(main: () => void): void {
  try {
    main();
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
