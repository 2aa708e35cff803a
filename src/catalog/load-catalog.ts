import * as fs from "node:fs";
import * as path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { isCustomerDefinition, type CustomerDefinition } from "../definitions/customer";
import type { EnvironmentDefinition } from "../definitions/environment";
import { isServiceDefinition, type ServiceDefinition } from "../definitions/service";
import { problemIn, type Problem } from "../validation/problem";
import type { Catalog, Sourced } from "./catalog";

/** Folders of definition files and the environments file, relative to the project root. */
const CUSTOMERS_DIR = "clients";
const SERVICES_DIR = "scopes";
const ENVIRONMENTS_FILE = "environments.ts";

/** What loading found: the definitions that loaded, and a problem for each file that did not. */
export interface LoadResult {
  readonly catalog: Catalog;
  readonly problems: readonly Problem[];
}

/** Options for {@link loadCatalog}. */
export interface LoadCatalogOptions {
  /** Project root that holds `clients/` and `scopes/`. */
  readonly root: string;
  readonly environments: Readonly<Record<string, EnvironmentDefinition>>;
}

/**
 * Loads every `clients/*.ts` and `scopes/*.ts` file. A file that fails to load or that does not
 * `export default` a definition becomes a problem; loading goes on with the other files.
 */
export function loadCatalog(options: LoadCatalogOptions): LoadResult {
  const problems: Problem[] = [];
  const services = loadFolder(options.root, SERVICES_DIR, isServiceDefinition, "defineService", problems);
  const customers = loadFolder(options.root, CUSTOMERS_DIR, isCustomerDefinition, "defineCustomer", problems);
  return {
    catalog: {
      services,
      customers,
      environments: options.environments,
      environmentsFile: ENVIRONMENTS_FILE,
    },
    problems,
  };
}

function definitionFiles(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .sort();
}

function loadFolder<T extends ServiceDefinition | CustomerDefinition>(
  root: string,
  folder: string,
  isDefinition: (value: unknown) => value is T,
  factory: string,
  problems: Problem[],
): Sourced<T>[] {
  const loaded: Sourced<T>[] = [];
  for (const name of definitionFiles(root, folder)) {
    const file = `${folder}/${name}`;
    let exports: unknown;
    try {
      // Definition files are TypeScript modules; the runner (tsx, ts-jest) compiles them on require.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      exports = require(path.join(root, folder, name));
    } catch (error) {
      problems.push(problemIn("file-loads", file)("(file)", loadErrorSummary(error, file), "must compile and load without throwing"));
      continue;
    }
    const definition = (exports as { default?: unknown } | undefined)?.default;
    if (!isDefinition(definition)) {
      problems.push(
        problemIn("file-exports-definition", file)(
          "export default",
          definition === undefined ? undefined : typeof definition,
          `must be \`export default ${factory}({...})\``,
        ),
      );
      continue;
    }
    loaded.push({ file, definition });
  }
  return loaded;
}

/**
 * The line of a load error that points into the file (compilers name it with a path that depends
 * on where they run), shown from the project-relative file name on; else the error's first line.
 */
function loadErrorSummary(error: unknown, file: string): string {
  const message = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  const lines = message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const located = lines.find((line) => line.includes(file));
  return located ? located.slice(located.indexOf(file)) : (lines[0] ?? "");
}
