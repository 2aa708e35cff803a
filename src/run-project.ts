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
  const app = new App();
  buildStacks(app, catalog);
  app.synth();
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
