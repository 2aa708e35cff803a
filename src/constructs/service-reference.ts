import { Construct } from "constructs";
import { DataKeycloakOpenidClient } from "../../.gen/providers/keycloak/data-keycloak-openid-client";
import { DataKeycloakOpenidClientScope } from "../../.gen/providers/keycloak/data-keycloak-openid-client-scope";
import { DataKeycloakRole } from "../../.gen/providers/keycloak/data-keycloak-role";
import type { ServiceDefinition } from "../definitions/service";
import type { RealmReference } from "./api-realm";
import type { GrantableService } from "./api-service";
import { audienceScopeName } from "./keycloak-texts";

/** Props of {@link ServiceReference}. */
export interface ServiceReferenceProps {
  /** The realm the service lives in. */
  readonly realm: RealmReference;
  /** The service as declared in its `scopes/` file. */
  readonly service: ServiceDefinition;
  /** The permissions the stack's customers are granted; only their roles are read. */
  readonly permissions: readonly string[];
}

/**
 * A service as a customer stack of a sharded environment sees it: read, never changed. The base
 * stack owns the service's client, roles and audience scope; here data sources read them, so a
 * shard's plan fails with the name of what is missing if the base stack was not deployed first.
 */
export class ServiceReference extends Construct implements GrantableService {
  readonly clientId: string;
  readonly audienceScopeName: string;
  private readonly roleIds = new Map<string, string>();

  constructor(scope: Construct, id: string, props: ServiceReferenceProps) {
    super(scope, id);
    const { realm, service } = props;
    this.clientId = service.clientId;
    const client = new DataKeycloakOpenidClient(this, "Default", { realmId: realm.realmId, clientId: service.clientId });
    for (const permission of props.permissions) {
      const role = new DataKeycloakRole(this, `role_${permission}`, { realmId: realm.realmId, clientId: client.id, name: permission });
      this.roleIds.set(permission, role.id);
    }
    this.audienceScopeName = new DataKeycloakOpenidClientScope(this, "audience", {
      realmId: realm.realmId,
      name: audienceScopeName(service),
    }).name;
  }

  roleId(permission: string): string {
    const roleId = this.roleIds.get(permission);
    if (!roleId) throw new Error(`${this.clientId}: permission ${permission} was not read in this stack`);
    return roleId;
  }
}
