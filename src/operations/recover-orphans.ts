/**
 * `npm run --silent recover -- <environment>`: after a deploy was killed midway (the pipeline's job
 * cancelled, the runner lost), Keycloak may hold customer clients the state never recorded, and
 * the next deploy stops at `409 Conflict ... Client <id> already exists`. This finds each declared
 * customer of the environment whose client is missing from the state but exists in the realm, and
 * imports it (`terraform import`), so the next deploy converges instead of failing. Its secret is
 * the one Keycloak generated, and the next deploy keeps it. A local state file the killed deploy
 * left empty or cut short is first restored from its `.backup` (see state-files.ts).
 *
 * Run it with the deploy's settings: TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE, the backend's and
 * the state encryption's variables, and the admin credentials the provider reads
 * (KEYCLOAK_CLIENT_ID/KEYCLOAK_CLIENT_SECRET or KEYCLOAK_USER/KEYCLOAK_PASSWORD, KEYCLOAK_REALM).
 */
import { loadCatalog } from "../catalog/load-catalog";
import { baseStackName, customerStackName, shardCountOf } from "../stacks/customer-shards";
import { UserError } from "../user-error";
import { customerClientAddress } from "../stacks/environment-stack";
import { RealmAdmin } from "./keycloak-admin";
import { loadEnvironment, StackWorkspace } from "./stack-workspace";
import { pullState, pushState } from "./state-files";

/** A synthesized stack, initialized, with the addresses its state records. */
function stackInState(root: string, stackName: string): { workspace: StackWorkspace; inState: Set<string> } {
  const workspace = new StackWorkspace(root, stackName);
  workspace.requireSynthesized();
  workspace.init();
  return {
    workspace,
    inState: new Set(
      workspace
        .terraform(["state", "list"])
        .stdout.split("\n")
        .filter((address) => address !== ""),
    ),
  };
}

/**
 * Orphans are adopted only into an environment whose realm and services the state records: into a
 * state that records nothing (lost, replaced, or a first deploy killed), imported clients would be
 * replaced by the next deploy, which plans their realm anew; their secrets would change.
 */
function requireDeployedBase(stackName: string, inState: ReadonlySet<string>): void {
  if (inState.size > 0) return;
  throw new UserError(
    `the state of ${stackName} records no resource: recover adopts customer clients into a state that holds their realm and services, ` +
      "and this one is new or lost. Put back the state (the pipeline's artifact, a file-system snapshot); a first deploy killed before the realm existed is undone by hand. Nothing was imported.",
  );
}

/** Imports the orphaned clients of one environment; returns the client ids it adopted. */
export async function adoptOrphans(root: string, environmentName: string): Promise<string[]> {
  const { environments, environment } = loadEnvironment(root, environmentName);
  const { catalog } = loadCatalog({ root, environments });
  // Each customer's client belongs in the state of its stack: the environment's, or its shard's.
  const workspaces = new Map<string, { workspace: StackWorkspace; inState: Set<string> }>();
  const missing: { clientId: string; secretRotation: string | undefined; workspace: StackWorkspace }[] = [];
  for (const customer of catalog.customers.map(({ definition }) => definition)) {
    if (!(customer.environments as readonly string[]).includes(environmentName)) continue;
    const stackName = customerStackName(environmentName, environment, customer.clientId);
    const stack = workspaces.get(stackName) ?? stackInState(root, stackName);
    workspaces.set(stackName, stack);
    if (!stack.inState.has(customerClientAddress(customer.clientId)))
      missing.push({ clientId: customer.clientId, secretRotation: customer.secretRotation, workspace: stack.workspace });
  }
  if (missing.length === 0) return [];
  // The base is the customers' own stack in a one-stack environment: its state was read above.
  const base = shardCountOf(environment) > 1 ? baseStackName(environmentName) : environmentName;
  requireDeployedBase(base, (workspaces.get(base) ?? stackInState(root, base)).inState);

  const admin = await RealmAdmin.login(environment);
  const realm = environment.realm.name;
  const adopted: string[] = [];
  const rotationsToRecord = new Map<StackWorkspace, Map<string, string>>();
  for (const { clientId, secretRotation, workspace } of missing) {
    const client = await admin.client(clientId);
    if (!client) continue; // not created yet: the next deploy creates it
    workspace.terraform(["import", "-input=false", "-no-color", customerClientAddress(clientId), `${realm}/${client.id}`]);
    adopted.push(clientId);
    if (secretRotation !== undefined) rotationsToRecord.set(workspace, (rotationsToRecord.get(workspace) ?? new Map()).set(clientId, secretRotation));
  }
  for (const [workspace, rotations] of rotationsToRecord) recordSecretRotations(workspace, rotations);
  return adopted;
}

/**
 * An imported client's state has no `client_secret_regenerate_when_changed` (it is not read from
 * Keycloak), so the next deploy would see the declared `secretRotation` marker as a change and
 * regenerate the secret. Each adopted client gets its declared marker in the state, through
 * `state pull` and `state push` (which also work with a remote or encrypted state).
 */
function recordSecretRotations(workspace: StackWorkspace, rotations: ReadonlyMap<string, string>): void {
  const run = (args: readonly string[]) => workspace.terraform(args).stdout;
  const state = pullState(run);
  if (!state) throw new Error(`clients were imported into the state of ${workspace.stackName}, but it pulls empty`);
  for (const [clientId, rotation] of rotations) {
    const [type, name] = customerClientAddress(clientId).split(".") as [string, string];
    const resource = state.resources.find((candidate) => candidate.mode === "managed" && candidate.type === type && candidate.name === name);
    if (!resource) throw new Error(`${clientId} was imported but is not in the state of ${workspace.stackName}`);
    for (const instance of resource.instances) instance.attributes.client_secret_regenerate_when_changed = { rotation };
  }
  state.serial += 1;
  pushState(state, run);
}
