import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { OpenidClient } from "../../.gen/providers/keycloak/openid-client";
import { OpenidClientDefaultScopes } from "../../.gen/providers/keycloak/openid-client-default-scopes";
import { OpenidClientOptionalScopes } from "../../.gen/providers/keycloak/openid-client-optional-scopes";
import { UserRoles } from "../../.gen/providers/keycloak/user-roles";
import { DEFAULT_ACCESS_TOKEN_LIFESPAN, DEFAULT_PROOF_ALGORITHM, type CustomerDefinition, type CustomerProof } from "../definitions/customer";
import { durationSeconds } from "../definitions/duration";
import { BUILT_IN_DEFAULT_SCOPES } from "../keycloak/default-scopes";
import type { RealmReference } from "./api-realm";
import type { GrantableService } from "./api-service";
import { customerClientDescription } from "./keycloak-texts";
import { TerraformDataRecord } from "./terraform-data-record";
import { SECRET_POLICY_ATTRIBUTE, SECRET_POLICY_NAME } from "../keycloak/secret-policy";
import type { SecretLifetimePolicy } from "./secret-lifetime-policy";
import { certificateBody, KEYLESS_AUTHENTICATOR, SECRET_AUTHENTICATOR } from "../keycloak/client-proof";

/** Construct id of the sensitive output that holds the client secret. */
export const CLIENT_SECRET_OUTPUT_ID = "client-secret";

/**
 * Construct id of the `terraform_data` that holds how the client authenticates, so a customer's
 * resources are `customers_<clientId>` and `customers_<clientId>_authenticator` (see {@link CustomerClient.authenticator}).
 */
export const AUTHENTICATOR_ID = "authenticator";

/** Props of {@link CustomerClient}. */
export interface CustomerClientProps {
  /** The realm the customer's client lives in. */
  readonly realm: RealmReference;
  /** The customer as declared in its `clients/` file. */
  readonly customer: CustomerDefinition;
  /** The services of the stack, by clientId; every granted service must be among them. */
  readonly services: ReadonlyMap<string, GrantableService>;
  /**
   * Keycloak id of an existing client to import instead of creating one; its secret stays.
   * @default - a new client
   */
  readonly adoptedClientId?: string;
  /**
   * The environment's secret policy: the client carries its attribute, so its secrets expire and
   * a rotation keeps the previous one for the grace period. Given as the policy construct when it
   * is in the same stack (the client is then created after it), or `true` when another stack owns it.
   * @default - no secret policy
   */
  readonly secretPolicy?: SecretLifetimePolicy | true;
}

/** Lifetime of a customer's access token when its file sets none: Keycloak's default for a realm. */
export const ACCESS_TOKEN_LIFESPAN_SECONDS = durationSeconds(DEFAULT_ACCESS_TOKEN_LIFESPAN) ?? 300;

/**
 * Client attributes the provider has no argument for, pinned so a hand edit shows in the next plan
 * and the next deploy reverts it. Lightweight access tokens would drop the audience claim:
 * https://www.keycloak.org/docs/latest/server_admin/#_using_lightweight_access_token
 */
const PINNED_CLIENT_ATTRIBUTES: Readonly<Record<string, string>> = {
  "client.use.lightweight.access.token.enabled": "false",
};

/**
 * `client_secret_wo_version` of a keyless customer's client. Set, the provider keeps no
 * `client_secret` in the state; constant, the secret is written once, when the client is created
 * (or moves from secret to key). See {@link keylessSecret}.
 */
export const KEYLESS_SECRET_VERSION = "keyless";

/**
 * The client attributes that make Keycloak check a keyless customer's assertion (authenticator
 * `client-jwt`): where its public key comes from, and the one algorithm it may sign with. The
 * provider has no arguments for them, so they go in `extra_config`; the names are Keycloak's
 * (`OIDCAdvancedConfigWrapper`, `CertificateInfoHelper`).
 */
export function proofAttributes(proof: CustomerProof): Record<string, string> {
  const algorithm = { "token.endpoint.auth.signing.alg": proof.algorithm ?? DEFAULT_PROOF_ALGORITHM };
  if (proof.jwksUrl !== undefined) return { "use.jwks.url": "true", "jwks.url": proof.jwksUrl, ...algorithm };
  return { "use.jwks.url": "false", "jwt.credential.certificate": certificateBody(proof.certificate), ...algorithm };
}

/**
 * One customer's API key: a confidential client that can only use the client-credentials grant,
 * whose token carries exactly the granted services in `aud` and exactly the granted permissions
 * as roles. The recipe is fixed here on purpose and not exposed as props.
 *
 * Every setting of the client that someone could change in the admin console is set explicitly,
 * so the next plan names the customer and the next deploy restores the recipe. The provider
 * treats an omitted optional argument as "whatever Keycloak has", which would hide such edits.
 */
export class CustomerClient extends Construct {
  /** The customer's Keycloak client. */
  readonly client: OpenidClient;
  /**
   * A `terraform_data` whose input holds the client's authenticator, named in the client's
   * `replace_triggered_by`: a customer that moves from a secret to a key (or back) gets a new
   * client. In place, the provider (5.9) would keep the old `client_secret` in the state once
   * `client_secret_wo_version` is set, and Keycloak the old secret on the client, which would work
   * again after a move back. See {@link authenticatorInput} for why the trigger is `input.keyless`.
   */
  readonly authenticator: TerraformDataRecord;

  constructor(scope: Construct, id: string, props: CustomerClientProps) {
    super(scope, id);
    const { realm, customer, services } = props;
    const granted = customer.grants.map((grant) => {
      const service = services.get(grant.service.clientId);
      if (!service) throw new Error(`${customer.clientId}: service ${grant.service.clientId} is not in this stack`);
      return { service, permissions: grant.permissions };
    });

    const keyless = customer.proof !== undefined;
    const authenticatorType = keyless ? KEYLESS_AUTHENTICATOR : SECRET_AUTHENTICATOR;
    this.authenticator = new TerraformDataRecord(this, AUTHENTICATOR_ID, authenticatorInput(keyless));
    this.client = new OpenidClient(this, "Default", {
      realmId: realm.realmId,
      clientId: customer.clientId,
      name: customer.name,
      description: customerClientDescription(customer),
      enabled: customer.enabled,
      accessType: "CONFIDENTIAL",
      // A keyless customer signs a client assertion (private_key_jwt); Keycloak then accepts no
      // secret from it, whatever secret the client has.
      clientAuthenticatorType: authenticatorType,
      serviceAccountsEnabled: true,
      // Every other grant off: no browser (standard, implicit), no password, no device, no token
      // exchange, and no refresh token for client credentials.
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      oauth2DeviceAuthorizationGrantEnabled: false,
      standardTokenExchangeEnabled: false,
      useRefreshTokensClientCredentials: false,
      consentRequired: false,
      frontchannelLogoutEnabled: false,
      // Nothing to redirect to without a browser flow.
      validRedirectUris: [],
      validPostLogoutRedirectUris: [],
      webOrigins: [],
      // Off, so the token holds only the granted roles, none of the realm's default roles
      // (which would also add `account` to `aud`).
      fullScopeAllowed: false,
      // Pinned on the client (default 5 minutes), so a realm-wide or hand-made change does not
      // silently give API keys long-lived tokens.
      accessTokenLifespan: String(durationSeconds(customer.accessTokenLifespan)),
      extraConfig: {
        ...PINNED_CLIENT_ATTRIBUTES,
        ...(props.secretPolicy === undefined || keyless ? {} : { [SECRET_POLICY_ATTRIBUTE]: SECRET_POLICY_NAME }),
        ...(customer.proof === undefined ? {} : proofAttributes(customer.proof)),
      },
      ...(keyless ? keylessSecret() : {}),
      // The secret is generated by Keycloak (a keyless customer's too, see keylessSecret); setting or changing the marker makes the provider
      // regenerate it. No marker, no map: an imported client's state has none, so a map would
      // count as a change and replace the secret of a customer being adopted.
      clientSecretRegenerateWhenChanged: customer.secretRotation === undefined ? undefined : { rotation: customer.secretRotation },
      // Created after the secret policy, so Keycloak gives its first secret an expiry.
      dependsOn: props.secretPolicy === undefined || props.secretPolicy === true ? undefined : [props.secretPolicy.policy],
      // A move between secret and key replaces the client: no old secret stays in the state or in Keycloak.
      // As an address, not a reference (`${...}`): in JSON the engine reads it as a traversal only.
      lifecycle: { replaceTriggeredBy: [`${TerraformDataRecord.tfResourceType}.${this.authenticator.friendlyUniqueId}.input.${KEYLESS_INPUT_FIELD}`] },
    });
    // An import block: the first plan reads the existing client into the state, then updates it
    // to the recipe like any other. https://developer.hashicorp.com/terraform/language/import
    if (props.adoptedClientId !== undefined) this.client.importFrom(`${realm.name}/${props.adoptedClientId}`);

    new OpenidClientDefaultScopes(this, "default-scopes", {
      realmId: realm.realmId,
      clientId: this.client.id,
      defaultScopes: [...BUILT_IN_DEFAULT_SCOPES, ...granted.map(({ service }) => service.audienceScopeName)],
    });
    // No optional scopes: a customer cannot ask for offline_access or extra claims with `scope=`.
    new OpenidClientOptionalScopes(this, "optional-scopes", {
      realmId: realm.realmId,
      clientId: this.client.id,
      optionalScopes: [],
    });

    // Exactly the granted roles on the service account, and nothing else: `exhaustive` removes a
    // role someone adds by hand (and the realm's default roles Keycloak gives a new service
    // account). The audience scope puts every role of its service into the client's scope, so the
    // token carries exactly these.
    new UserRoles(this, "service-account-roles", {
      realmId: realm.realmId,
      userId: this.client.serviceAccountUserId,
      roleIds: granted.flatMap(({ service, permissions }) => permissions.map((permission) => service.roleId(permission))),
      exhaustive: true,
    });

    if (keyless) return;
    new TerraformOutput(this, CLIENT_SECRET_OUTPUT_ID, {
      description: `client_secret of ${customer.clientId}; read it with \`npm run key\`, never commit it`,
      value: this.client.clientSecret,
      sensitive: true,
    });
  }
}

/** The field of the authenticator's `input` that only a keyless customer's has; the client's replacement trigger. */
export const KEYLESS_INPUT_FIELD = "keyless";

/**
 * The `input` of a customer's authenticator `terraform_data`: `{ authenticator = "client-secret" }`,
 * or `{ authenticator = "client-jwt", keyless = true }`. The client is replaced when
 * `input.keyless` changes, which a move between secret and key does, both ways (the field appears
 * or goes). OpenTofu (1.12) also counts the creation of the `terraform_data` as a change of a
 * whole-resource trigger, and of an attribute the new object has: triggered by the whole
 * resource or by `input.authenticator`, a customer deployed before the resource existed, adopted
 * (`adopt`) or recovered (`npm run recover`) would lose its client, and its live secret, to the
 * creation. A customer with a secret has no `input.keyless`, so its creation triggers nothing;
 * a keyless customer's client is created with it, or (a keyless customer deployed before it
 * existed) replaced once, keeping its key. Terraform 1.5 does not count a creation at all.
 */
function authenticatorInput(keyless: boolean): Record<string, string | boolean> {
  return keyless ? { authenticator: KEYLESS_AUTHENTICATOR, [KEYLESS_INPUT_FIELD]: true } : { authenticator: SECRET_AUTHENTICATOR };
}

/**
 * Keycloak gives every confidential client a secret, a `client-jwt` one too, and the provider reads
 * it into the state as `client_secret`, unless the client uses the write-only `client_secret_wo`
 * (provider 5.9: with `client_secret_wo_version` set, `client_secret` is neither read nor kept).
 * The write-only value is empty: the provider then sends no secret, and Keycloak generates one that
 * nobody reads; the `client-jwt` authenticator never accepts it. Nothing random is passed in, so
 * every engine run (deploy, plan, saved-plan apply, drift) sees the same configuration. Write-only
 * arguments need OpenTofu here (rule customer-proof-engine).
 */
function keylessSecret(): { clientSecretWo: string; clientSecretWoVersion: string } {
  return { clientSecretWo: "", clientSecretWoVersion: KEYLESS_SECRET_VERSION };
}
