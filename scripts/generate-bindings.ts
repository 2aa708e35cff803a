/**
 * Generates the TypeScript bindings of the Keycloak provider into `.gen/providers/keycloak` from
 * the committed schema `provider-schema/keycloak.json`, offline, with cdktf's own generator.
 *
 *   npm run bindings            regenerate
 *   npm run bindings -- --check fail when the committed bindings differ from a fresh generation
 *
 * Only the resources and data sources the stack uses are generated, to keep compile times low.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConstructsMakerProviderTarget, Language } from "@cdktf/commons";
import { CodeMaker, TerraformProviderConstraint, TerraformProviderGenerator } from "@cdktf/provider-generator";

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = path.join(ROOT, "provider-schema", "keycloak.json");
const OUTPUT_DIR = path.join(ROOT, ".gen");
const PROVIDER_ADDRESS = "registry.terraform.io/keycloak/keycloak";

/** The provider's resources and data sources that the constructs use. */
const USED_RESOURCES = [
  "keycloak_realm",
  "keycloak_openid_client",
  "keycloak_openid_client_scope",
  "keycloak_openid_audience_protocol_mapper",
  "keycloak_openid_client_default_scopes",
  "keycloak_openid_client_optional_scopes",
  "keycloak_role",
  "keycloak_generic_role_mapper",
  "keycloak_openid_client_service_account_role",
];
const USED_DATA_SOURCES = ["keycloak_realm", "keycloak_openid_client", "keycloak_role"];

interface ProviderSchemaFile {
  format_version: string;
  provider_versions?: Record<string, string>;
  provider_schemas: Record<
    string,
    {
      provider: unknown;
      resource_schemas?: Record<string, unknown>;
      data_source_schemas?: Record<string, unknown>;
    }
  >;
}

function pick(all: Record<string, unknown> | undefined, names: readonly string[], kind: string): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) {
    if (!all?.[name]) throw new Error(`${SCHEMA_FILE} has no ${kind} ${name}`);
    picked[name] = all[name];
  }
  return picked;
}

async function generate(outDir: string): Promise<void> {
  const providerVersion: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).toolchain
    .keycloakProvider;
  const full: ProviderSchemaFile = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
  const provider = full.provider_schemas[PROVIDER_ADDRESS];
  if (!provider) throw new Error(`${SCHEMA_FILE} has no provider ${PROVIDER_ADDRESS}`);
  const schema = {
    format_version: full.format_version,
    provider_versions: { [PROVIDER_ADDRESS]: providerVersion },
    provider_schemas: {
      [PROVIDER_ADDRESS]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, USED_RESOURCES, "resource"),
        data_source_schemas: pick(provider.data_source_schemas, USED_DATA_SOURCES, "data source"),
      },
    },
  };
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema as never);
  generator.generate(
    new ConstructsMakerProviderTarget(
      new TerraformProviderConstraint(`keycloak/keycloak@${providerVersion}`),
      Language.TYPESCRIPT,
    ),
  );
  await code.save(outDir);
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Names of files that differ between two generated trees. */
function differences(expectedDir: string, actualDir: string): string[] {
  const expected = listFiles(expectedDir);
  const actual = listFiles(actualDir);
  const all = [...new Set([...expected, ...actual])].sort();
  return all.filter((file) => {
    const a = path.join(expectedDir, file);
    const b = path.join(actualDir, file);
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
  });
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "keycloak-bindings-"));
  try {
    await generate(scratch);
    if (check) {
      const changed = differences(scratch, OUTPUT_DIR);
      if (changed.length > 0) {
        console.error(`.gen/ is out of date with provider-schema/keycloak.json; run \`npm run bindings\`. Differs:`);
        for (const file of changed) console.error(`  ${file}`);
        process.exitCode = 1;
        return;
      }
      console.log(".gen/ matches provider-schema/keycloak.json");
      return;
    }
    fs.rmSync(OUTPUT_DIR, { recursive: true, force: true });
    fs.cpSync(scratch, OUTPUT_DIR, { recursive: true });
    console.log(`generated ${listFiles(OUTPUT_DIR).length} files into .gen/`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
