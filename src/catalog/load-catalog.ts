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

/** The rules the loader itself applies, for the README's table (the others are in `src/validation/rules/`). */
export const LOAD_RULES = [
  { id: "file-loads", description: "A definition file compiles and loads without throwing (type errors are caught by `tsc`, which runs first)." },
  { id: "file-import-loads", description: "A file that fails because a file it imports fails names that import; the error is reported once." },
  { id: "file-exports-definition", description: "A definition file has `export default defineCustomer(...)` / `defineService(...)`." },
  {
    id: "folder-holds-only-definitions",
    description: "clients/ and scopes/ hold only `<clientId>.ts` files: other extensions, backups (`acme.ts~`, `.acme.ts.swp`, `#acme.ts#`) and subfolders are reported, not skipped.",
  },
] as const;

/** Makes the problems of one of {@link LOAD_RULES}; the id is checked by the compiler. */
const loadRule = (id: (typeof LOAD_RULES)[number]["id"], file: string) => problemIn(id, file);

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

/** `<name>.ts`: what the loader loads. Anything else in the folder is reported, never skipped. */
const DEFINITION_FILE = /^[^.].*(?<!\.d)\.ts$/;

/**
 * The definition files of a folder. Every other entry (other extensions, `.d.ts`, hidden files,
 * editor backups such as `acme.ts~`, `.acme.ts.swp` or `#acme.ts#`, subfolders) becomes a problem:
 * a customer moved into `clients/old/` or saved as `acme.ts.bak` would otherwise vanish from the
 * stack without a word, and its client would be destroyed.
 */
function definitionFiles(root: string, folder: string, problems: Problem[]): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  const names: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const isFile = entry.isFile() || (entry.isSymbolicLink() && fs.statSync(path.join(dir, entry.name), { throwIfNoEntry: false })?.isFile());
    if (isFile && DEFINITION_FILE.test(entry.name)) {
      names.push(entry.name);
      continue;
    }
    const kind = entry.isDirectory() ? "folder" : "file";
    problems.push(
      loadRule("folder-holds-only-definitions", `${folder}/${entry.name}`)(
        `(${kind})`,
        entry.name,
        `is not loaded: ${folder}/ holds only <clientId>.ts files, no other ${kind === "folder" ? "folders" : "files"}; move it out or rename it`,
      ),
    );
  }
  return names;
}

function loadFolder<T extends ServiceDefinition | CustomerDefinition>(
  root: string,
  folder: string,
  isDefinition: (value: unknown) => value is T,
  factory: string,
  problems: Problem[],
): Sourced<T>[] {
  const loaded: Sourced<T>[] = [];
  for (const name of definitionFiles(root, folder, problems)) {
    const file = `${folder}/${name}`;
    let exports: unknown;
    try {
      // Definition files are TypeScript modules; the runner (tsx, ts-jest) compiles them on require.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      exports = require(path.join(root, folder, name));
    } catch (error) {
      problems.push(loadProblem(root, file, error));
      continue;
    }
    const definition = (exports as { default?: unknown } | undefined)?.default;
    if (!isDefinition(definition)) {
      problems.push(
        loadRule("file-exports-definition", file)(
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
 * The problem of a file that did not load. When the error comes from a file it imports (another
 * definition or a helper of the pull request's, not `src/`), the problem names that import; the
 * error itself is then reported once, for the imported file, when that is a definition file.
 */
function loadProblem(root: string, file: string, error: unknown): Problem {
  const failedImport = importThatFailed(root, file, error);
  if (failedImport === undefined) {
    return loadRule("file-loads", file)("(file)", loadErrorSummary(error, file), "must compile and load without throwing");
  }
  const { specifier, importedFile } = failedImport;
  const reportedThere = /^(clients|scopes)\/[^/]+\.ts$/.test(importedFile);
  return loadRule("file-import-loads", file)(
    `import "${specifier}"`,
    importedFile,
    reportedThere
      ? `fails to load (its own problem says why); this file loads once ${importedFile} does`
      : `fails to load: ${loadErrorSummary(error, importedFile)}`,
  );
}

/**
 * The relative import of `file` whose loading threw `error`: the imported file that the error
 * names before it names `file` itself (a syntax error names the file it is in; a throw's stack
 * starts there). Imports of the project's own code under `src/` are never blamed.
 */
function importThatFailed(root: string, file: string, error: unknown): { specifier: string; importedFile: string } | undefined {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  const absolute = path.join(root, file);
  const ownIndex = text.indexOf(absolute);
  let found: { specifier: string; importedFile: string; index: number } | undefined;
  for (const specifier of relativeImports(absolute)) {
    const resolved = resolveTs(path.resolve(path.dirname(absolute), specifier));
    if (resolved === undefined || resolved === absolute) continue;
    const importedFile = path.relative(root, resolved).split(path.sep).join("/");
    if (importedFile.startsWith("src/") || importedFile.startsWith("..")) continue;
    const index = text.indexOf(resolved);
    if (index >= 0 && (ownIndex < 0 || index < ownIndex) && (found === undefined || index < found.index)) {
      found = { specifier, importedFile, index };
    }
  }
  return found && { specifier: found.specifier, importedFile: found.importedFile };
}

/** The relative module specifiers a TypeScript file imports, read with the compiler's own pre-processor. */
function relativeImports(absoluteFile: string): string[] {
  // Loaded only when a file fails: the compiler is large, and a clean run never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("typescript") as typeof import("typescript");
  const source = fs.readFileSync(absoluteFile, "utf8");
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith("./") || specifier.startsWith("../"));
}

function resolveTs(base: string): string | undefined {
  return [base, `${base}.ts`, path.join(base, "index.ts")].find((candidate) => fs.statSync(candidate, { throwIfNoEntry: false })?.isFile());
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
