/**
 * `npm run --silent recover -- <environment>`: after a deploy was killed midway (the pipeline's job
 * cancelled, the runner lost), Keycloak may hold customer clients the state never recorded, and
 * the next deploy stops at `409 Conflict ... Client <id> already exists`. This finds each declared
 * customer of the environment whose client is missing from the state but exists in the realm, and
 * imports it (`terraform import`), so the next deploy converges instead of failing. Its secret is
 * the one Keycloak generated; no customer had it yet.
 *
 * Run it with the deploy's settings: TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE, the backend's and
 * the state encryption's variables, and the admin credentials the provider reads
 * (KEYCLOAK_CLIENT_ID/KEYCLOAK_CLIENT_SECRET or KEYCLOAK_USER/KEYCLOAK_PASSWORD, KEYCLOAK_REALM).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalog } from "../catalog/load-catalog";
import type { EnvironmentDefinition } from "../definitions/environment";
import { customerStackName, stackNamesOf, stackState } from "../stacks/customer-shards";
import { customerClientAddress } from "../stacks/environment-stack";
import { OperatorError, runOperatorCommand } from "./operator-command";
import { loadEnvironment, StackWorkspace } from "./stack-workspace";

const USAGE = "usage: npm run --silent recover -- <environment>";

/** An admin access token, obtained the way the provider obtains its own from the same variables. */
async function adminToken(environment: EnvironmentDefinition): Promise<string> {
  const env = process.env;
  const form: Record<string, string> | undefined = env.KEYCLOAK_CLIENT_SECRET
    ? { grant_type: "client_credentials", client_id: env.KEYCLOAK_CLIENT_ID ?? "", client_secret: env.KEYCLOAK_CLIENT_SECRET }
    : env.KEYCLOAK_USER && env.KEYCLOAK_PASSWORD
      ? { grant_type: "password", client_id: env.KEYCLOAK_CLIENT_ID ?? "admin-cli", username: env.KEYCLOAK_USER, password: env.KEYCLOAK_PASSWORD }
      : undefined;
  if (!form) throw new OperatorError("set KEYCLOAK_CLIENT_ID and KEYCLOAK_CLIENT_SECRET (or KEYCLOAK_USER and KEYCLOAK_PASSWORD), as for a deploy");
  const realm = env.KEYCLOAK_REALM ?? "master";
  const response = await fetch(`${environment.keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams(form),
  });
  // The body may echo what was sent; the status is enough to act on.
  if (!response.ok) throw new OperatorError(`admin login to ${environment.keycloakUrl} (realm ${realm}) failed with HTTP ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * Terraform's local backend rewrites the state file in place: a deploy killed while it writes
 * leaves the file empty, and the next plan would create everything anew (and stop at `409`).
 * Such a file is restored from the `.backup` Terraform wrote at the start of that deploy; what the
 * deploy created after it is adopted below like any orphan. Returns the state files restored.
 */
export function restoreEmptiedStates(root: string, environmentName: string): string[] {
  const { environment } = loadEnvironment(root, environmentName);
  const restored: string[] = [];
  for (const stack of stackNamesOf(environmentName, environment)) {
    const state = stackState(environment.state, environmentName, stack);
    if (state.backend !== "local") continue;
    const file = path.resolve(root, state.path);
    const backup = `${file}.backup`;
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8").trim() !== "" || !fs.existsSync(backup)) continue;
    if (fs.readFileSync(backup, "utf8").trim() === "") continue;
    fs.copyFileSync(backup, file);
    restored.push(state.path);
  }
  return restored;
}

/** Imports the orphaned clients of one environment; returns the client ids it adopted. */
export async function adoptOrphans(root: string, environmentName: string): Promise<string[]> {
  const { environments, environment } = loadEnvironment(root, environmentName);
  const { catalog } = loadCatalog({ root, environments });
  // Each customer's client belongs in the state of its stack: the environment's, or its shard's.
  const workspaces = new Map<string, { workspace: StackWorkspace; inState: Set<string> }>();
  const missing: { clientId: string; workspace: StackWorkspace }[] = [];
  for (const customer of catalog.customers.map(({ definition }) => definition)) {
    if (!(customer.environments as readonly string[]).includes(environmentName)) continue;
    const stackName = customerStackName(environmentName, environment, customer.clientId);
    let stack = workspaces.get(stackName);
    if (!stack) {
      const workspace = new StackWorkspace(root, stackName);
      workspace.requireSynthesized();
      workspace.init();
      stack = { workspace, inState: new Set(workspace.terraform(["state", "list"]).stdout.split("\n")) };
      workspaces.set(stackName, stack);
    }
    if (!stack.inState.has(customerClientAddress(customer.clientId))) missing.push({ clientId: customer.clientId, workspace: stack.workspace });
  }
  if (missing.length === 0) return [];

  const token = await adminToken(environment);
  const realm = environment.realm.name;
  const adopted: string[] = [];
  for (const { clientId, workspace } of missing) {
    const response = await fetch(`${environment.keycloakUrl}/admin/realms/${realm}/clients?clientId=${encodeURIComponent(clientId)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new OperatorError(`looking up ${clientId} in realm ${realm} failed with HTTP ${response.status}`);
    const [client] = (await response.json()) as { id: string; clientId: string }[];
    if (!client || client.clientId !== clientId) continue; // not created yet: the next deploy creates it
    workspace.terraform(["import", "-input=false", "-no-color", customerClientAddress(clientId), `${realm}/${client.id}`]);
    adopted.push(clientId);
  }
  return adopted;
}

runOperatorCommand(module, () => {
  const args = process.argv.slice(2);
  if (args.length !== 1) throw new OperatorError(USAGE);
  const environmentName = args[0]!;
  for (const file of restoreEmptiedStates(process.cwd(), environmentName)) {
    console.log(`restored ${file} from ${file}.backup: a killed deploy had left it empty`);
  }
  adoptOrphans(process.cwd(), environmentName).then(
    (adopted) =>
      console.log(
        adopted.length === 0
          ? `nothing to recover in ${environmentName}: every declared client is in the state or not in Keycloak`
          : `recovered into the state of ${environmentName}: ${adopted.join(", ")}; deploy again`,
      ),
    (error: unknown) => {
      if (!(error instanceof OperatorError)) throw error;
      console.error(`error: ${error.message}`);
      process.exitCode = 1;
    },
  );
});
