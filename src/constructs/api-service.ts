import { Construct } from "constructs";
import { DataKeycloakOpenidClient } from "../../.gen/providers/keycloak/data-keycloak-openid-client";
import { DataKeycloakRole } from "../../.gen/providers/keycloak/data-keycloak-role";
import { GenericRoleMapper } from "../../.gen/providers/keycloak/generic-role-mapper";
import { OpenidAudienceProtocolMapper } from "../../.gen/providers/keycloak/openid-audience-protocol-mapper";
import { OpenidClient } from "../../.gen/providers/keycloak/openid-client";
import { OpenidClientScope } from "../../.gen/providers/keycloak/openid-client-scope";
import { Role } from "../../.gen/providers/keycloak/role";
import type { ServiceDefinition } from "../definitions/service";
import type { ApiRealm } from "./api-realm";
import { audienceScopeDescription, audienceScopeName, permissionRoleDescription } from "./keycloak-texts";

/** What a customer's client needs of a service it is granted. */
export interface GrantableService {
  /** The service's Keycloak clientId, as it appears in `aud`. */
  readonly clientId: string;
  /** Name of the audience client scope, to add to a customer's default scopes. */
  readonly audienceScopeName: string;
  /** Id of the client role for `permission`. */
  roleId(permission: string): string;
}

/** Props of {@link ApiService}. */
export interface ApiServiceProps {
  /** The realm the service's client, roles and audience scope live in. */
  readonly realm: ApiRealm;
  /** The service as declared in its `scopes/` file. */
  readonly service: ServiceDefinition;
}

/**
 * A backend service customers may call: its Keycloak client (managed here or existing), one
 * client role per permission, and an audience client scope whose mapper puts the service's
 * clientId into `aud`, so the service accepts the token.
 */
export class ApiService extends Construct implements GrantableService {
  /** The service's Keycloak clientId, as it appears in `aud`. */
  readonly clientId: string;
  /** Internal id of the service's client, the owner of its roles. */
  readonly clientInternalId: string;
  /** Name of the audience client scope, to add to a customer's default scopes. */
  readonly audienceScopeName: string;
  /** Role ids by permission: references, so whatever maps a role waits for it to exist. */
  private readonly roleIds = new Map<string, string>();

  constructor(scope: Construct, id: string, props: ApiServiceProps) {
    super(scope, id);
    const { realm, service } = props;
    this.clientId = service.clientId;

    // An existing client and its roles are only read: the stack never changes what it does not own.
    const client =
      service.client === "managed"
        ? new OpenidClient(this, "Default", {
            realmId: realm.realmId,
            clientId: service.clientId,
            name: service.clientId,
            description: service.description,
            // A resource server only receives tokens; no flow lets it get one of its own.
            accessType: "CONFIDENTIAL",
            standardFlowEnabled: false,
            implicitFlowEnabled: false,
            directAccessGrantsEnabled: false,
            serviceAccountsEnabled: false,
          })
        : new DataKeycloakOpenidClient(this, "Default", { realmId: realm.realmId, clientId: service.clientId });
    this.clientInternalId = client.id;

    for (const permission of service.permissions) {
      const role =
        service.client === "managed"
          ? new Role(this, `role_${permission}`, {
              realmId: realm.realmId,
              clientId: client.id,
              name: permission,
              description: permissionRoleDescription(service, permission),
            })
          : new DataKeycloakRole(this, `role_${permission}`, {
              realmId: realm.realmId,
              clientId: client.id,
              name: permission,
            });
      this.roleIds.set(permission, role.id);
    }

    const audienceScope = new OpenidClientScope(this, "audience", {
      realmId: realm.realmId,
      name: audienceScopeName(service),
      description: audienceScopeDescription(service),
      includeInTokenScope: true,
    });
    this.audienceScopeName = audienceScope.name;

    // Every role of the service is in the audience scope's scope, so a customer whose client has
    // the scope gets the roles its service account holds, and none it does not (full scope is off).
    for (const [permission, roleId] of this.roleIds) {
      new GenericRoleMapper(this, `audience_${permission}`, {
        realmId: realm.realmId,
        clientScopeId: audienceScope.id,
        roleId,
      });
    }

    new OpenidAudienceProtocolMapper(this, "audience-mapper", {
      realmId: realm.realmId,
      clientScopeId: audienceScope.id,
      name: "audience",
      // A reference to the client, not the literal clientId: the provider checks at apply time
      // that the audience client exists, so the mapper must wait for it.
      includedClientAudience: client.clientId,
      addToAccessToken: true,
      addToIdToken: false,
    });
  }

  /** Id of the client role for `permission`; throws for a permission the service does not declare. */
  roleId(permission: string): string {
    const roleId = this.roleIds.get(permission);
    if (!roleId) throw new Error(`${this.clientId} has no permission ${permission}`);
    return roleId;
  }
}
