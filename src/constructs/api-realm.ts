import { Construct } from "constructs";
import { DataKeycloakRealm } from "../../.gen/providers/keycloak/data-keycloak-realm";
import { Realm } from "../../.gen/providers/keycloak/realm";
import type { RealmDefinition } from "../definitions/environment";

/** What a customer's client needs of its realm. */
export interface RealmReference {
  /** The realm's id, to pass as `realm_id`. */
  readonly realmId: string;
  /** The realm's name, as a literal (import ids need one). */
  readonly name: string;
}

/** Props of {@link ApiRealm}. */
export type ApiRealmProps = RealmDefinition;

/**
 * The realm that holds the customers' clients. Either created and owned by the stack, or an
 * existing realm that is only read, so destroying the stack never deletes a realm it did not create.
 */
export class ApiRealm extends Construct implements RealmReference {
  /** The realm's id, to pass as `realm_id`; a reference, so resources wait for the realm. */
  readonly realmId: string;
  /** The realm's name, as a literal (import ids need one). */
  readonly name: string;

  constructor(scope: Construct, id: string, props: ApiRealmProps) {
    super(scope, id);
    this.name = props.name;
    if (props.create) {
      const realm = new Realm(this, "Default", {
        realm: props.name,
        displayName: props.displayName ?? props.name,
        enabled: true,
      });
      this.realmId = realm.id;
    } else {
      this.realmId = new DataKeycloakRealm(this, "Default", { realm: props.name }).id;
    }
  }
}
