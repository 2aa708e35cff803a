import * as path from "node:path";
import { LocalBackend, S3Backend, TerraformElement, TerraformStack } from "cdktf";
import { Construct, Node } from "constructs";
import { OpenidClient } from "../../.gen/providers/keycloak/openid-client";
import { KeycloakProvider } from "../../.gen/providers/keycloak/provider";
import type { CustomerDefinition } from "../definitions/customer";
import type { EnvironmentDefinition, StateBackend } from "../definitions/environment";
import type { ServiceDefinition } from "../definitions/service";
import { ApiRealm } from "../constructs/api-realm";
import { ApiService } from "../constructs/api-service";
import { CLIENT_SECRET_OUTPUT_ID, CustomerClient } from "../constructs/customer-client";
import { addStateEncryption } from "./state-encryption";

/** Construct id of the folder that holds every customer's client. */
const CUSTOMERS_SCOPE_ID = "customers";

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
  /** The customers that exist in this environment. */
  readonly customers: readonly CustomerDefinition[];
}

/**
 * One environment: its Keycloak provider, its realm, every service and the customers that exist
 * there. Logical ids are the construct path without hashes (`customers_acme-logistics`), so a
 * snapshot or plan diff names the customer that changed, and adding or reordering files changes
 * nothing else.
 */
export class EnvironmentStack extends TerraformStack {
  private readonly logicalIds = new Map<string, Node>();

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id);
    const { environment } = props;

    // Only the URL is configuration; admin credentials are read by the provider from
    // KEYCLOAK_CLIENT_ID/KEYCLOAK_CLIENT_SECRET or KEYCLOAK_USER/KEYCLOAK_PASSWORD at deploy time.
    new KeycloakProvider(this, "keycloak", { url: environment.keycloakUrl });
    addStateBackend(this, environment.state);
    if (environment.state.encryption) addStateEncryption(this, environment.state.encryption);

    const realm = new ApiRealm(this, "realm", environment.realm);
    const servicesScope = new Construct(this, "services");
    const services = new Map(
      props.services.map((service) => [service.clientId, new ApiService(servicesScope, service.clientId, { realm, service })]),
    );
    const customersScope = new Construct(this, CUSTOMERS_SCOPE_ID);
    for (const customer of props.customers) {
      const adoptedClientId = (customer.adopt as Readonly<Record<string, string | undefined>>)[id];
      new CustomerClient(customersScope, customer.clientId, { realm, customer, services, adoptedClientId });
    }
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
 * Terraform runs each stack in `cdktf.out/stacks/<stack>`; a local state path is written relative
 * to that folder so it points at the project root without naming this machine's absolute paths.
 */
function addStateBackend(stack: TerraformStack, state: StateBackend): void {
  if (state.backend === "local") {
    new LocalBackend(stack, { path: path.posix.join("..", "..", "..", state.path) });
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
