/**
 * Onboarding in one command: writes `clients/<clientId>.ts` for a new customer, refusing what the
 * project's validation refuses, and prints the next steps.
 *
 *   npm run new-customer -- --client-id acme --name "Acme" --contact api@acme.example \
 *     --grant orders-api:orders:read --grant orders-api:orders:write --environment sandbox
 *
 * With `--jwks-url <url>` or `--certificate <file>` the customer is keyless (`proof`): the file is
 * checked by the same rules as one written by hand (one source of the key, https, a PEM
 * certificate, OpenTofu with an encrypted state in each of its environments).
 *
 * The new customer is checked twice with the project's own loader and rules, so a rule added later
 * applies here without a change: first as a definition added to the loaded catalog (which also
 * covers services that have no file to import), then as the rendered file, read by the loader as
 * if it were in the project. Nothing is written unless both find no problem.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalog } from "../catalog/load-catalog";
import type { Catalog } from "../catalog/catalog";
import { defineCustomer, type CustomerDefinition, type CustomerProof } from "../definitions/customer";
import type { Grant, ServiceDefinition } from "../definitions/service";
import { formatProblem, type Problem } from "../problem";
import { findProblems } from "../validation/validate-catalog";
import { loadEnvironments } from "./stack-workspace";

/** What the command line asks for. */
export interface NewCustomerRequest {
  readonly clientId: string;
  readonly name?: string;
  readonly contact?: string;
  /** `service:permission`, as given. */
  readonly grants: readonly string[];
  readonly environments: readonly string[];
  /** A keyless customer's JWKS URL, as given. */
  readonly jwksUrl?: string;
  /** A keyless customer's certificate: the PEM text of the file given. */
  readonly certificate?: string;
}

/** The request's `proof`, as a hand-written file would hold it: both sources when both are given, for the rules to refuse. */
function proofOf(request: NewCustomerRequest): CustomerProof | undefined {
  if (request.jwksUrl === undefined && request.certificate === undefined) return undefined;
  return { jwksUrl: request.jwksUrl, certificate: request.certificate } as CustomerProof;
}

/** `orders-api:orders:read` → service `orders-api`, permission `orders:read` (client ids have no colon). */
function splitGrant(grant: string): { service: string; permission?: string } {
  const colon = grant.indexOf(":");
  return colon < 0 ? { service: grant } : { service: grant.slice(0, colon), permission: grant.slice(colon + 1) };
}

/** The request's grants, one per service in the order first named, with the services of the catalog where declared. */
function grantsOf(request: NewCustomerRequest, services: readonly ServiceDefinition[]): Grant[] {
  const byService = new Map<string, string[]>();
  for (const { service, permission } of request.grants.map(splitGrant)) {
    const permissions = byService.get(service) ?? [];
    if (permission !== undefined) permissions.push(permission);
    byService.set(service, permissions);
  }
  return [...byService].map(([clientId, permissions]) => ({
    // A service with no file in scopes/ stands as what a file would carry: its client id only.
    service: services.find((service) => service.clientId === clientId) ?? ({ clientId } as ServiceDefinition),
    permissions,
  }));
}

const RESERVED_WORDS = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
    " ",
  ),
);

/** The name a service's default import gets: `orders-api` → `ordersApi`. */
export function importName(clientId: string): string {
  const camel = clientId.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
  if (/^[0-9]/.test(camel)) return `service${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
  return RESERVED_WORDS.has(camel) ? `${camel}Service` : camel;
}

/** The file's text, in the style of the bundled examples. */
export function renderCustomerFile(customer: CustomerDefinition): string {
  const literal = (value: string) => JSON.stringify(value);
  const imports = customer.grants.map((grant) => `import ${importName(grant.service.clientId)} from "../scopes/${grant.service.clientId}";`);
  const grants = customer.grants.map((grant) => `${importName(grant.service.clientId)}.grant(${grant.permissions.map(literal).join(", ")})`);
  return [
    'import { defineCustomer } from "../src/definitions/customer";',
    ...imports,
    "",
    "export default defineCustomer({",
    `  clientId: ${literal(customer.clientId)},`,
    `  name: ${literal(customer.name)},`,
    `  contact: ${literal(customer.contact)},`,
    `  grants: [${grants.join(", ")}],`,
    `  environments: [${customer.environments.map(literal).join(", ")}],`,
    ...(customer.proof === undefined ? [] : [`  proof: ${renderProof(customer.proof)},`]),
    "});",
    "",
  ].join("\n");
}

/** A `proof` as the file writes it: a certificate as its PEM lines, in a template literal. */
function renderProof(proof: CustomerProof): string {
  const fields: string[] = [];
  if (proof.jwksUrl !== undefined) fields.push(`jwksUrl: ${JSON.stringify(proof.jwksUrl)}`);
  // Validated as PEM (base64 and armour only) before it is rendered, so nothing in it needs escaping.
  if (proof.certificate !== undefined) fields.push(`certificate: \`${proof.certificate.trim()}\``);
  return `{ ${fields.join(", ")} }`;
}

/** Problems of the catalog, deduplicated (a clash between two files can be reported once per file). */
function problemsOf(catalog: Catalog, loadProblems: readonly Problem[]): string[] {
  const lines = [...loadProblems, ...findProblems(catalog)].sort((a, b) => a.file.localeCompare(b.file)).map(formatProblem);
  return [...new Set(lines)];
}

/** The outcome of {@link scaffoldCustomer}: the file, written when there are no problems. */
export interface ScaffoldResult {
  /** Project-relative, e.g. `clients/acme.ts`. */
  readonly file: string;
  /** Formatted like every problem of the project (`file: field = value: rule [rule-id]`); empty when written. */
  readonly problems: readonly string[];
}

/** Checks the request against the project at `root` and, when nothing is wrong, writes the file. */
export function scaffoldCustomer(root: string, request: NewCustomerRequest): ScaffoldResult {
  const file = `clients/${request.clientId}.ts`;
  const environments = loadEnvironments(root);
  const loaded = loadCatalog({ root, environments });
  const customer = defineCustomer({
    clientId: request.clientId,
    name: request.name as string,
    contact: request.contact as string,
    grants: grantsOf(
      request,
      loaded.catalog.services.map((s) => s.definition),
    ),
    environments: request.environments as CustomerDefinition["environments"],
    proof: proofOf(request),
  });

  // 1. The definition, added to the project as it is.
  const withCustomer: Catalog = { ...loaded.catalog, customers: [...loaded.catalog.customers, { file, definition: customer }] };
  const problems = problemsOf(withCustomer, loaded.problems);
  if (problems.length > 0) return { file, problems };

  // 2. The rendered file, read by the loader as if it were in the project.
  const text = renderCustomerFile(customer);
  const reloaded = loadCatalog({ root, environments, overlay: { [file]: text } });
  const fileProblems = problemsOf(reloaded.catalog, reloaded.problems);
  if (fileProblems.length > 0) return { file, problems: fileProblems };

  fs.writeFileSync(path.join(root, file), text, { flag: "wx" });
  return { file, problems: [] };
}

/** What to do after the file is written, as the command prints it. */
export function nextSteps(file: string, clientId: string): string {
  return `Wrote ${file}. Next steps (README, "Onboard a customer in a pull request"):
  1. npm run test:fast: the snapshot test fails and shows the change: a new
     keycloak_openid_client.customers_${clientId}, its scopes, service-account roles and authenticator record.
  2. Read the diff, record the customer with \`npm run inventory\`, accept the snapshot with \`npm run test:fast -- -u\`,
     and commit customers.inventory.json, ${file} with the updated __tests__/__snapshots__/.
  3. Open the pull request: the reviewer reads the same snapshot diff; merging and deploying is the pipeline's job.`;
}
