import * as fs from "node:fs";
import * as path from "node:path";
import { Testing } from "cdktf";
import { version as cdktfVersion } from "cdktf/package.json";
import packageJson from "../package.json";
import { environments } from "../environments";
import { loadCatalog } from "../src/catalog/load-catalog";
import { CustomerPolicy, formatFinding } from "../src/policy/customer-policy";
import { buildStacks } from "../src/stacks/build-stacks";
import { findProblems } from "../src/validation/validate-catalog";

const ROOT = path.resolve(__dirname, "..");
const { catalog, problems } = loadCatalog({ root: ROOT, environments });

/**
 * A stack's Terraform JSON without version noise: cdktf's metadata (the stack's carries the cdktf
 * version, each resource's its construct path) and the provider's version pin (asserted in
 * environment-stack.test.ts), so an upgrade does not touch every snapshot. Other `//` comments,
 * such as a customer's policy suppressions, stay: the reviewer reads them.
 */
function reviewable(synthesized: string): unknown {
  const { "//": _metadata, ...terraform } = JSON.parse(synthesized) as {
    "//": unknown;
    terraform: { required_providers: { keycloak: { version?: string } } };
  };
  delete terraform.terraform.required_providers.keycloak.version;
  return withoutMetadata(terraform);
}

function withoutMetadata(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).flatMap(([key, inner]): [string, unknown][] => {
    if (key !== "//") return [[key, withoutMetadata(inner)]];
    const { metadata: _resourceMetadata, ...comments } = inner as Record<string, unknown>;
    return Object.keys(comments).length > 0 ? [[key, comments]] : [];
  });
  return Object.fromEntries(entries);
}

describe("the bundled example", () => {
  test("loads every file and breaks no rule", () => {
    expect(problems).toEqual([]);
    expect(findProblems(catalog)).toEqual([]);
    // Derived from the folders, so adding a customer as the README says keeps this test green.
    const filesIn = (folder: string) =>
      fs
        .readdirSync(path.join(ROOT, folder))
        .map((name) => `${folder}/${name}`)
        .sort();
    expect(catalog.customers.map((c) => c.file)).toEqual(filesIn("clients"));
    expect(catalog.services.map((s) => s.file)).toEqual(filesIn("scopes"));
    expect(catalog.customers.length).toBeGreaterThan(0);
  });

  test("names every file after the clientId it declares", () => {
    for (const { file, definition } of [...catalog.customers, ...catalog.services]) {
      expect(`${path.basename(file, ".ts")}`).toBe(definition.clientId);
    }
  });

  describe.each(Object.keys(environments))("the %s stack", (name) => {
    const stack = buildStacks(Testing.app(), catalog).find((s) => s.node.id === name)!;
    const synthesized = Testing.synth(stack);
    // As written to cdktf.out: with the `//` comments (policy suppressions) that Testing.synth drops.
    const written = JSON.stringify(stack.toTerraform());

    test("breaks no policy rule", () => {
      expect(CustomerPolicy.findingsOf([stack]).map(formatFinding)).toEqual([]);
    });

    test("holds no secret, no absolute path and no version noise", () => {
      expect(synthesized).not.toMatch(/"client_secret"\s*:/);
      expect(synthesized).not.toMatch(/"(password|client_secret_wo|access_token)"\s*:/);
      expect(synthesized).not.toContain(ROOT);
      const versions = Object.values(packageJson.toolchain).filter((v) => typeof v === "string");
      for (const version of [...versions, cdktfVersion]) {
        expect(JSON.stringify(reviewable(synthesized))).not.toContain(`"${version}"`);
      }
    });

    test("matches the reviewed snapshot", () => {
      expect(reviewable(written)).toMatchSnapshot();
    });
  });
});
