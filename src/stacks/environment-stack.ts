import * as path from "node:path";
import {
  DataTerraformRemoteStateLocal,
  DataTerraformRemoteStateS3,
  LocalBackend,
  S3Backend,
  TerraformElement,
  TerraformOutput,
  TerraformRemoteState,
  TerraformStack,
} from "cdktf";
import { Construct, Node } from "constructs";
import { OpenidClient } from "../../.gen/providers/keycloak/openid-client";
import { KeycloakProvider } from "../../.gen/providers/keycloak/provider";
import type { CustomerDefinition } from "../definitions/customer";
import type { EnvironmentDefinition, StateBackend } from "../definitions/environment";
import type { ServiceDefinition } from "../definitions/service";
import { ApiRealm, type RealmReference } from "../constructs/api-realm";
import { ApiService, type GrantableService } from "../constructs/api-service";
import { ServiceReference } from "../constructs/service-reference";
import { CLIENT_SECRET_OUTPUT_ID, CustomerClient } from "../constructs/customer-client";
import { SecretLifetimePolicy } from "../constructs/secret-lifetime-policy";
import { addStateEncryption } from "./state-encryption";
import { terraformJsonOf } from "./terraform-json";

/** Construct id of the folder that holds every customer's client. */
export const CUSTOMERS_SCOPE_ID = "customers";

/**
 * Name of the sensitive Terraform output that holds a customer's client secret, as
 * `terraform output -raw <name>` reads it from the environment's state.
 */
export function secretOutputName(clientId: string): string {
  return `${CUSTOMERS_SCOPE_ID}_${clientId}_${CLIENT_SECRET_OUTPUT_ID}`;
}

/** Terraform address of a customer's client, as the stack names it (`keycloak_openid_client.customers_<clientId>`). */
export function customerClientAddress(clientId: string): string {
  return `${OpenidClient.tfResourceType}.${CUSTOMERS_SCOPE_ID}_${clientId}`;
}

/** Props of {@link EnvironmentStack}. */
export interface EnvironmentStackProps {
  /** The environment as declared in environments.ts: Keycloak URL, realm and state backend. */
  readonly environment: EnvironmentDefinition;
  /** Every service; each gets its audience scope in every environment. */
  readonly services: readonly ServiceDefinition[];
  /** The customers of this stack: all of the environment's, or none in the base of a sharded one. */
  readonly customers: readonly CustomerDefinition[];
  /**
   * Where this stack's state lives.
   * @default - the environment's declared state
   */
  readonly state?: StateBackend;
  /**
   * The environment's name, which customers' `adopt` ids are keyed by.
   * @default - the stack's id
   */
  readonly environmentName?: string;
  /**
   * Set on the base stack of a sharded environment: the shard count it checks the states against.
   * @default - not sharded
   */
  readonly customerShards?: number;
}

/** Props of {@link CustomerShardStack}. */
export interface CustomerShardStackProps {
  /** The environment the shard belongs to: its Keycloak URL and realm. */
  readonly environment: EnvironmentDefinition;
  /** The environment's services; the shard reads those its customers are granted, and changes none. */
  readonly services: readonly ServiceDefinition[];
  /** The customers of this shard. */
  readonly customers: readonly CustomerDefinition[];
  /** Where this shard's state lives. */
  readonly state: StateBackend;
}

/**
 * What every stack of this project shares: the Keycloak provider, the state backend, and logical
 * ids that are the construct path without hashes (`customers_acme-logistics`), so a snapshot or
 * plan diff names the customer that changed, adding or reordering files changes nothing else, and
 * a customer has the same address in a one-stack environment and in a shard.
 */
abstract class KeycloakStack extends TerraformStack {
  private readonly logicalIds = new Map<string, Node>();

  constructor(scope: Construct, id: string, environment: EnvironmentDefinition, state: StateBackend) {
    super(scope, id);
    // Only the URL is configuration; admin credentials are read by the provider from
    // KEYCLOAK_CLIENT_ID/KEYCLOAK_CLIENT_SECRET or KEYCLOAK_USER/KEYCLOAK_PASSWORD at deploy time.
    new KeycloakProvider(this, "keycloak", { url: environment.keycloakUrl });
    addStateBackend(this, state);
    if (state.encryption) addStateEncryption(this, state.encryption);
  }

  /** The stack's customers, each with the services it is granted. */
  protected addCustomers(
    realm: RealmReference,
    services: ReadonlyMap<string, GrantableService>,
    customers: readonly CustomerDefinition[],
    environmentName: string,
    secretPolicy: SecretLifetimePolicy | true | undefined,
  ): void {
    const customersScope = new Construct(this, CUSTOMERS_SCOPE_ID);
    for (const customer of customers) {
      const adoptedClientId = (customer.adopt as Readonly<Record<string, string | undefined>>)[environmentName];
      new CustomerClient(customersScope, customer.clientId, { realm, customer, services, adoptedClientId, secretPolicy });
    }
  }

  /**
   * cdktf's preparing pass resolves every element of the stack once more before writing it, only
   * to find references to another stack's resources and turn them into outputs and remote-state
   * reads. No stack here refers to another's resources (a shard reads the realm and services with
   * data sources), so the pass is skipped: at 10,000 customers it was a quarter of synthesis
   * (docs/performance.md). A reference to another stack would be written as is and refused by the
   * engine's plan, before anything reaches Keycloak.
   */
  override prepareStack(): void {
    this.ensureBackendExists();
  }

  /** The same JSON as cdktf's, with its token resolver run only where a token can be (see terraformJsonOf). */
  override toTerraform(): Record<string, unknown> {
    return terraformJsonOf(this);
  }

  protected override allocateLogicalId(element: TerraformElement | Node): string {
    const node = TerraformElement.isTerraformElement(element) ? element.node : (element as Node);
    const logicalId = node.scopes
      .slice(node.scopes.indexOf(this) + 1)
      .map((scope) => scope.node.id)
      .filter((id) => id !== "Default")
      .join("_")
      .replace(/[^A-Za-z0-9_-]/g, "_");
    const holder = this.logicalIds.get(logicalId);
    if (holder && holder !== node) {
      throw new Error(`logical id ${logicalId} is taken by both ${holder.path} and ${node.path}`);
    }
    this.logicalIds.set(logicalId, node);
    return logicalId;
  }
}

/**
 * One environment, or the base of a sharded one: its realm, every service with its roles and
 * audience scope, and the customers that exist there (none in a base stack).
 */
export class EnvironmentStack extends KeycloakStack {
  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props.environment, props.state ?? props.environment.state);
    const { environment } = props;
    const realm = new ApiRealm(this, "realm", { ...environment.realm, usageRetention: environment.usageRetention });
    const secretPolicy = environment.secrets && new SecretLifetimePolicy(this, "secret-policy", { realm, secrets: environment.secrets });
    const servicesScope = new Construct(this, "services");
    const services = new Map(props.services.map((service) => [service.clientId, new ApiService(servicesScope, service.clientId, { realm, service })]));
    this.addCustomers(realm, services, props.customers, props.environmentName ?? id, secretPolicy);
    if (props.customerShards !== undefined) addShardGuard(this, environment.state, props.state ?? environment.state, props.customerShards);
  }
}

/**
 * One shard of a sharded environment's customers. The realm and services are read with data
 * sources (the base stack owns them), so this stack's plan refreshes only its own customers.
 */
export class CustomerShardStack extends KeycloakStack {
  constructor(scope: Construct, id: string, environmentName: string, props: CustomerShardStackProps) {
    super(scope, id, props.environment, props.state);
    const realm = new ApiRealm(this, "realm", { ...props.environment.realm, create: false });
    // The permissions granted in this shard, by service: only those services and roles are read.
    const granted = new Map<string, Set<string>>();
    for (const grant of props.customers.flatMap((customer) => customer.grants)) {
      const permissions = granted.get(grant.service.clientId) ?? new Set<string>();
      for (const permission of grant.permissions) permissions.add(permission);
      granted.set(grant.service.clientId, permissions);
    }
    const servicesScope = new Construct(this, "services");
    const services = new Map(
      props.services.flatMap((service) => {
        const permissions = granted.get(service.clientId);
        if (!permissions) return [];
        const reference = new ServiceReference(servicesScope, service.clientId, { realm, service, permissions: [...permissions].sort() });
        return [[service.clientId, reference] as const];
      }),
    );
    // The base stack, deployed first, owns the secret policy.
    this.addCustomers(realm, services, props.customers, environmentName, props.environment.secrets && true);
  }
}

/** Name of the base stack's output that records the shard count its states are laid out for. */
export const CUSTOMER_SHARDS_OUTPUT_NAME = "customer_shards";

/**
 * Deploying a sharded environment whose customers are still in the one-stack state (or laid out
 * for another shard count) would destroy their clients in one stack and create them anew in
 * another, with new secrets. The base stack reads the one-stack state and its own, and its plan
 * fails, before anything is changed, unless both exist (`npm run shard-state` writes them, also
 * for a new environment), the one-stack state is empty and its own records the same shard count.
 */
function addShardGuard(stack: TerraformStack, singleStackState: StateBackend, ownState: StateBackend, shards: number): void {
  // Named for the error Terraform prints when a state is missing (a new sharded environment).
  const singleStack = remoteState(stack, "one-stack-state-emptied-by-npm-run-shard-state", singleStackState);
  const own = remoteState(stack, "shard-count-recorded-by-npm-run-shard-state", ownState);
  const outputsOf = (state: TerraformRemoteState) => `data.${TerraformRemoteState.tfResourceType}.${state.friendlyUniqueId}.outputs`;
  const output = new TerraformOutput(stack, CUSTOMER_SHARDS_OUTPUT_NAME, {
    description: "Shard count the environment's states are laid out for; changed only by npm run shard-state",
    value: shards,
  });
  // cdktf 0.21 accepts an output's `precondition` but does not synthesize it; the block goes in
  // through the escape hatch.
  output.addOverride("precondition", [
    {
      condition: `\${length(${outputsOf(singleStack)}) == 0 && ${outputsOf(own)}.${CUSTOMER_SHARDS_OUTPUT_NAME} == ${shards}}`,
      error_message: `The states are not laid out for ${shards} customer shards: the one-stack state still holds customers, or they were moved for another count. Nothing was changed; run npm run shard-state first.`,
    },
  ]);
}

/** Reads a state of the same backend, as `terraform_remote_state`; a missing one fails the plan. */
function remoteState(stack: TerraformStack, id: string, state: StateBackend) {
  return state.backend === "local"
    ? new DataTerraformRemoteStateLocal(stack, id, { path: localStatePath(state.path) })
    : new DataTerraformRemoteStateS3(stack, id, { bucket: state.bucket, key: state.key, region: state.region });
}

/** A local state path relative to `cdktf.out/stacks/<stack>`, where Terraform runs. */
function localStatePath(projectRelativePath: string): string {
  return path.posix.join("..", "..", "..", projectRelativePath);
}

/**
 * Terraform runs each stack in `cdktf.out/stacks/<stack>`; a local state path is written relative
 * to that folder so it points at the project root without naming this machine's absolute paths.
 */
function addStateBackend(stack: TerraformStack, state: StateBackend): void {
  if (state.backend === "local") {
    new LocalBackend(stack, { path: localStatePath(state.path) });
  } else {
    new S3Backend(stack, {
      bucket: state.bucket,
      key: state.key,
      region: state.region,
      dynamodbTable: state.dynamodbTable,
      encrypt: true,
    });
  }
}
