import * as fs from "node:fs";
import * as path from "node:path";
import { defineCustomer, type CustomerDefinition, type CustomerProps } from "../definitions/customer";
import type { EnvironmentDefinition } from "../definitions/environment";
import { defineService, type Grant, type ServiceDefinition, type ServiceProps } from "../definitions/service";
import { problemIn, type Problem } from "../problem";
import type { Catalog, Sourced } from "./catalog";
import { isGrantReference, readDefinitionFile, readRule, READ_RULES, type DefinitionKind } from "./read-definition-file";

/** Folders of definition files and the environments file, relative to the project root. */
const CUSTOMERS_DIR = "clients";
const SERVICES_DIR = "scopes";
const ENVIRONMENTS_FILE = "environments.ts";

/** The rules the loader itself applies, for the rules table of docs/rules.md (the others are in `src/validation/rules/`). */
export const LOAD_RULES = [
  ...READ_RULES,
  {
    id: "folder-holds-only-definitions",
    description:
      "clients/ and scopes/ hold only `<clientId>.ts` files: other extensions, backups (`acme.ts~`, `.acme.ts.swp`, `#acme.ts#`) and subfolders are reported, not skipped.",
  },
] as const;

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
  /**
   * Files read as if they were in the project, by project-relative path (`clients/acme.ts`): what
   * the new-customer command checks before it writes the file.
   * @default {}
   */
  readonly overlay?: Readonly<Record<string, string>>;
}

/**
 * Reads every `scopes/*.ts` and `clients/*.ts` file as data: parsed, never executed (see
 * `read-definition-file.ts`). A file that does not read cleanly becomes a problem; reading goes on
 * with the other files. A customer's grants are matched to the services read from `scopes/`.
 */
export function loadCatalog(options: LoadCatalogOptions): LoadResult {
  const problems: Problem[] = [];
  const services = readFolder(options, SERVICES_DIR, "service", problems).map(({ file, props }) => ({
    file,
    definition: defineService(props as unknown as ServiceProps<string>),
  }));
  const byFile = new Map(services.map((service) => [service.file, service.definition]));
  const customers: Sourced<CustomerDefinition>[] = [];
  for (const { file, props, serviceImports } of readFolder(options, CUSTOMERS_DIR, "customer", problems)) {
    const importProblems = [...serviceImports.entries()].flatMap(([specifier, serviceFile]) =>
      byFile.has(serviceFile) ? [] : [importProblem(options.root, file, specifier, serviceFile)],
    );
    if (importProblems.length > 0) {
      problems.push(...importProblems);
      continue;
    }
    customers.push({ file, definition: defineCustomer(withGrants(props, byFile) as unknown as CustomerProps) });
  }
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

/** A file read cleanly: its definition's fields, and the services it imports (specifier → file). */
interface ReadFile {
  readonly file: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly serviceImports: ReadonlyMap<string, string>;
}

function readFolder(options: LoadCatalogOptions, folder: string, kind: DefinitionKind, problems: Problem[]): ReadFile[] {
  const overlay = options.overlay ?? {};
  const overlaid = Object.keys(overlay)
    .filter((file) => path.posix.dirname(file) === folder)
    .map((file) => path.posix.basename(file));
  const names = [...new Set([...definitionFiles(options.root, folder, problems), ...overlaid])].sort((a, b) => a.localeCompare(b));
  const read: ReadFile[] = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    const result = readDefinitionFile(file, overlay[file] ?? fs.readFileSync(path.join(options.root, folder, name), "utf8"), kind);
    if (result.props === undefined) problems.push(...result.problems);
    else read.push({ file, props: result.props, serviceImports: result.serviceImports });
  }
  return read;
}

/** The customer's fields with each `<service>.grant(...)` bound to the service read from its file. */
function withGrants(props: Readonly<Record<string, unknown>>, services: ReadonlyMap<string, ServiceDefinition>): Record<string, unknown> {
  const grants = props.grants;
  if (!Array.isArray(grants)) return { ...props };
  return {
    ...props,
    grants: grants.map((grant: unknown): unknown =>
      isGrantReference(grant) ? ({ service: services.get(grant.serviceFile)!, permissions: grant.permissions } satisfies Grant) : grant,
    ),
  };
}

/** The problem of a customer file whose imported service is missing or did not read cleanly. */
function importProblem(root: string, file: string, specifier: string, serviceFile: string): Problem {
  const exists = fs.statSync(path.join(root, serviceFile), { throwIfNoEntry: false })?.isFile() === true;
  return readRule("file-import-resolves", file)(
    `import "${specifier}"`,
    serviceFile,
    exists
      ? `does not read cleanly (its own problem says why); this file reads once ${serviceFile} does`
      : `does not exist: a customer imports services from scopes/<clientId>.ts`,
  );
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
      problemIn("folder-holds-only-definitions", `${folder}/${entry.name}`)(
        `(${kind})`,
        entry.name,
        `is not loaded: ${folder}/ holds only <clientId>.ts files, no other ${kind === "folder" ? "folders" : "files"}; move it out or rename it`,
      ),
    );
  }
  return names;
}
