import { Construct } from "constructs";
import { DataKeycloakRealm } from "../../.gen/providers/keycloak/data-keycloak-realm";
import { Realm } from "../../.gen/providers/keycloak/realm";
import { RealmEvents } from "../../.gen/providers/keycloak/realm-events";
import { durationSeconds, type Duration } from "../definitions/duration";
import type { RealmDefinition } from "../definitions/environment";
import { DEFAULT_USAGE_RETENTION, USAGE_EVENT_TYPES } from "../keycloak/usage-events";

/** What a customer's client needs of its realm. */
export interface RealmReference {
  /** The realm's id, to pass as `realm_id`. */
  readonly realmId: string;
  /** The realm's name, as a literal (import ids need one). */
  readonly name: string;
}

/** Props of {@link ApiRealm}. */
export interface ApiRealmProps extends RealmDefinition {
  /**
   * How long a realm the stack creates keeps its client-login events.
   * @default "90d"
   */
  readonly usageRetention?: Duration;
}

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
      // Client logins and failed ones are recorded, so usage can be reported; nothing else is,
      // and Keycloak's default log listener stays.
      new RealmEvents(this, "events", {
        realmId: realm.id,
        eventsEnabled: true,
        eventsExpiration: durationSeconds(props.usageRetention ?? DEFAULT_USAGE_RETENTION),
        enabledEventTypes: [...USAGE_EVENT_TYPES],
        eventsListeners: ["jboss-logging"],
        adminEventsEnabled: false,
        adminEventsDetailsEnabled: false,
      });
    } else {
      this.realmId = new DataKeycloakRealm(this, "Default", { realm: props.name }).id;
    }
  }
}
