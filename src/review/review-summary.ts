/**
 * A saved plan in the words of the people who review it: what happens to each customer and each
 * service, not to each resource. Built only from addresses, the configuration and non-secret
 * attributes; no attribute value of a client (and so no secret) is ever copied into it.
 */
import { KEYLESS_AUTHENTICATOR } from "../keycloak/client-proof";
import { SECRET_POLICY_ATTRIBUTE } from "../keycloak/secret-policy";
import {
  changedAttributes,
  deletes,
  logicalId,
  ownerOf,
  type ConfigResource,
  type PlanJson,
  type ResourceChange,
  type StateResource,
  type Values,
} from "./plan-json";

/** What the plan does to one customer. */
export interface CustomerReview {
  readonly clientId: string;
  /**
   * `added`: a new client; `removed`: its client is destroyed and its key stops working;
   * `recreated`: someone deleted its client outside the stack, and the plan creates it again with a
   * new secret.
   */
  readonly lifecycle: "added" | "removed" | "recreated" | "changed";
  readonly suspended: boolean;
  readonly reenabled: boolean;
  /** Keycloak issues a new secret; the old one stops working, or keeps working for {@link previousSecretGrace}. */
  readonly rotated: boolean;
  /**
   * After a rotation, how long the previous secret keeps working (the environment's
   * `secrets.gracePeriod`); `undefined` when it stops at the apply.
   */
  readonly previousSecretGrace: string | undefined;
  /**
   * How the customer proves itself changes: `secret-to-key` when it becomes keyless (it signs client
   * assertions, and its secret stops working), `key-to-secret` when it gets a secret again.
   */
  readonly proofMove?: "secret-to-key" | "key-to-secret";
  /** `true` when the customer proves itself with its key (authenticator `client-jwt`) after the apply. */
  readonly keyless?: true;
  /** The access-token lifespan changes: `[before, after]` in seconds. */
  readonly tokenLifespan: readonly [string, string] | undefined;
  /** Name or contact changed. */
  readonly detailsChanged: boolean;
  /** Permissions granted and revoked, as `service:permission` pairs by service. */
  readonly granted: Readonly<Record<string, readonly string[]>>;
  readonly revoked: Readonly<Record<string, readonly string[]>>;
  /** Services that enter or leave the token's `aud`. */
  readonly servicesGranted: readonly string[];
  readonly servicesRevoked: readonly string[];
  /** Settings someone changed by hand in Keycloak that the plan puts back, as `resource: attribute`. */
  readonly restored: readonly string[];
}

/** What the plan does to one service. */
export interface ServiceReview {
  readonly clientId: string;
  readonly lifecycle: "added" | "removed" | "changed";
  readonly permissionsAdded: readonly string[];
  readonly permissionsRemoved: readonly string[];
  readonly restored: readonly string[];
}

/** The review of one environment's plan. */
export interface ReviewSummary {
  readonly environment: string;
  /** False when the plan changes nothing. */
  readonly changes: boolean;
  readonly counts: { readonly add: number; readonly change: number; readonly destroy: number };
  readonly customers: readonly CustomerReview[];
  readonly services: readonly ServiceReview[];
  /** What a reviewer must not miss: removed customers, replacements, destroys no file change explains. */
  readonly warnings: readonly string[];
  /**
   * Customers already deployed whose authenticator `terraform_data` the plan creates, and nothing
   * else of theirs: a stack upgraded to that resource. In the counts, but no change to a customer.
   */
  readonly authenticatorsRecorded: number;
}

interface Permission {
  readonly service: string;
  readonly permission: string;
}

const ROLE_TYPE = "keycloak_role";
const CLIENT_TYPE = "keycloak_openid_client";
const SERVICE_ACCOUNT_ROLES = "service-account-roles";
/**
 * The `terraform_data` beside each customer's client that holds its authenticator (the construct's
 * AUTHENTICATOR_ID): created for every customer, replaced with the client when it moves between
 * secret and key. It is bookkeeping of the stack, not something the customer sees.
 */
const AUTHENTICATOR_TYPE = "terraform_data";
const AUTHENTICATOR = "authenticator";

function stateResources(plan: PlanJson): readonly StateResource[] {
  return plan.prior_state?.values?.root_module?.resources ?? [];
}

function configResources(plan: PlanJson): readonly ConfigResource[] {
  return plan.configuration?.root_module?.resources ?? [];
}

/** The service and permission of a role resource, from its address and name. */
function permissionOfRole(address: string, name: unknown): Permission | undefined {
  const owner = ownerOf(logicalId(address));
  if (!owner || owner.kind !== "service" || typeof name !== "string") return undefined;
  return { service: owner.clientId, permission: name };
}

/** What each customer's service account is declared to hold, from the configuration's references. */
function declaredGrants(plan: PlanJson): Map<string, Permission[]> {
  const roles = new Map<string, Permission>();
  for (const resource of configResources(plan)) {
    if (resource.type !== ROLE_TYPE) continue;
    const permission = permissionOfRole(resource.address, resource.expressions?.name?.constant_value);
    if (permission) roles.set(resource.address, permission);
  }
  const grants = new Map<string, Permission[]>();
  for (const resource of configResources(plan)) {
    const owner = ownerOf(logicalId(resource.address));
    if (owner?.kind !== "customer" || owner.part !== SERVICE_ACCOUNT_ROLES) continue;
    const referenced = new Set((resource.expressions?.role_ids?.references ?? []).map((reference) => reference.replace(/\.id$/, "")));
    grants.set(
      owner.clientId,
      [...referenced].flatMap((address) => roles.get(address) ?? []),
    );
  }
  return grants;
}

/** What each customer's service account held after the last apply: stored state, before hand edits. */
function deployedGrants(plan: PlanJson, stored: (resource: StateResource) => Values): Map<string, Permission[]> {
  const rolesById = new Map<string, Permission>();
  for (const resource of stateResources(plan)) {
    if (resource.type !== ROLE_TYPE) continue;
    const permission = permissionOfRole(resource.address, resource.values.name);
    if (permission && typeof resource.values.id === "string") rolesById.set(resource.values.id, permission);
  }
  const grants = new Map<string, Permission[]>();
  for (const resource of stateResources(plan)) {
    const owner = ownerOf(logicalId(resource.address));
    if (owner?.kind !== "customer" || owner.part !== SERVICE_ACCOUNT_ROLES) continue;
    const ids = (stored(resource).role_ids as string[] | undefined) ?? [];
    grants.set(
      owner.clientId,
      ids.flatMap((id) => rolesById.get(id) ?? []),
    );
  }
  return grants;
}

function byService(permissions: readonly Permission[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const { service, permission } of permissions) (grouped[service] ??= []).push(permission);
  for (const list of Object.values(grouped)) list.sort();
  return grouped;
}

function minus(a: readonly Permission[], b: readonly Permission[]): Permission[] {
  const keys = new Set(b.map((p) => `${p.service}\u0000${p.permission}`));
  return a.filter((p) => !keys.has(`${p.service}\u0000${p.permission}`));
}

/** `keycloak_openid_client.customers_acme` → `client`; `..._default-scopes` → `default-scopes`. */
function resourceLabel(part: string): string {
  return part === "" ? "client" : part;
}

/** The list `map` holds for `key`, made empty on first use. */
function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  const list = map.get(key) ?? [];
  if (!map.has(key)) map.set(key, list);
  return list;
}

/** What the plan alone does not say. */
export interface ReviewOptions {
  /** The environment's `secrets.gracePeriod` (defaults applied), when it declares `secrets`. */
  readonly secretGrace?: string;
}

/** Summarizes one environment's saved plan for review. */
export function reviewPlan(environment: string, plan: PlanJson, options: ReviewOptions = {}): ReviewSummary {
  const changes = (plan.resource_changes ?? []).filter(
    (change) =>
      change.mode !== "data" && !change.address.startsWith("data.") && change.change.actions.join() !== "no-op" && change.change.actions.join() !== "read",
  );
  const drift = new Map((plan.resource_drift ?? []).map((change) => [change.address, change]));
  const stored = (resource: StateResource): Values => drift.get(resource.address)?.change.before ?? resource.values;

  // A hand edit the plan puts back: changed outside Terraform, and changed again by the plan.
  const planned = new Map(changes.map((change) => [change.address, change]));
  const restoredBy = new Map<string, string[]>();
  for (const change of drift.values()) {
    const owner = ownerOf(logicalId(change.address));
    const key = owner ? `${owner.kind}:${owner.clientId}` : `other:${change.address}`;
    const revert = planned.get(change.address);
    const reverted = new Set(revert?.change.actions.join() === "update" ? changedAttributes(revert.change.before, revert.change.after) : []);
    const attributes = changedAttributes(change.change.before, change.change.after).filter(
      (attribute) => attribute !== "client_secret" && reverted.has(attribute),
    );
    if (attributes.length === 0) continue;
    const label = owner ? resourceLabel(owner.part) : change.address;
    listIn(restoredBy, key).push(...attributes.map((attribute) => `${label}: ${attribute}`));
  }

  const byOwner = new Map<string, ResourceChange[]>();
  const warnings: string[] = [];
  const authenticators = new Map<string, ResourceChange>();
  for (const change of changes) {
    const owner = ownerOf(logicalId(change.address));
    if (!owner) {
      if (deletes(change.change.actions)) warnings.push(`${change.address} would be ${change.change.actions.includes("create") ? "replaced" : "destroyed"}`);
      continue;
    }
    // A customer's authenticator record is told through its client: created with it, replaced
    // with it when the customer moves between secret and key, destroyed with it.
    if (owner.kind === "customer" && owner.part === AUTHENTICATOR && change.type === AUTHENTICATOR_TYPE) {
      authenticators.set(owner.clientId, change);
      continue;
    }
    const key = `${owner.kind}:${owner.clientId}`;
    listIn(byOwner, key).push(change);
  }
  // Created for a customer whose client the plan does not create: an upgraded stack records it.
  const authenticatorsRecorded = [...authenticators].filter(
    ([clientId, change]) =>
      change.change.actions.join() === "create" &&
      !(byOwner.get(`customer:${clientId}`) ?? []).some((own) => own.type === CLIENT_TYPE && own.change.actions.includes("create")),
  ).length;

  const declared = declaredGrants(plan);
  const deployed = deployedGrants(plan, stored);
  const customerIds = new Set<string>();
  const serviceIds = new Set<string>();
  for (const key of [...byOwner.keys(), ...restoredBy.keys()]) {
    const [kind, clientId] = key.split(":") as [string, string];
    if (kind === "customer") customerIds.add(clientId);
    if (kind === "service") serviceIds.add(clientId);
  }
  for (const clientId of new Set([...declared.keys(), ...deployed.keys()])) {
    const granted = minus(declared.get(clientId) ?? [], deployed.get(clientId) ?? []);
    const revoked = minus(deployed.get(clientId) ?? [], declared.get(clientId) ?? []);
    if (granted.length + revoked.length > 0) customerIds.add(clientId);
  }

  const customers = [...customerIds].sort().map((clientId): CustomerReview => {
    const own = byOwner.get(`customer:${clientId}`) ?? [];
    const client = own.find((change) => change.type === CLIENT_TYPE && ownerOf(logicalId(change.address))?.part === "");
    const actions = client?.change.actions ?? [];
    const deletedByHand = client !== undefined && drift.get(client.address)?.change.actions.join() === "delete";
    const lifecycle = actions.join() === "create" ? (deletedByHand ? "recreated" : "added") : actions.join() === "delete" ? "removed" : "changed";
    const before = client?.change.before ?? null;
    const after = client?.change.after ?? null;
    const driftedClient = client ? drift.get(client.address) : undefined;
    const byHand = new Set(driftedClient ? changedAttributes(driftedClient.change.before, driftedClient.change.after) : []);
    const fileChanged = (attribute: string) =>
      lifecycle === "changed" && !byHand.has(attribute) && JSON.stringify(before?.[attribute]) !== JSON.stringify(after?.[attribute]);
    const declaredNow = declared.get(clientId) ?? [];
    const deployedBefore = lifecycle === "added" || lifecycle === "recreated" ? [] : (deployed.get(clientId) ?? []);
    const servicesNow = new Set(declaredNow.map((p) => p.service));
    const servicesBefore = new Set(deployedBefore.map((p) => p.service));
    const review: CustomerReview = {
      clientId,
      lifecycle,
      suspended: fileChanged("enabled") && after?.enabled === false,
      reenabled: fileChanged("enabled") && after?.enabled === true,
      rotated: fileChanged("client_secret_regenerate_when_changed"),
      previousSecretGrace:
        fileChanged("client_secret_regenerate_when_changed") &&
        (after?.extra_config as Record<string, unknown> | undefined)?.[SECRET_POLICY_ATTRIBUTE] !== undefined
          ? options.secretGrace
          : undefined,
      proofMove: fileChanged("client_authenticator_type")
        ? after?.client_authenticator_type === KEYLESS_AUTHENTICATOR
          ? "secret-to-key"
          : before?.client_authenticator_type === KEYLESS_AUTHENTICATOR
            ? "key-to-secret"
            : undefined
        : undefined,
      keyless: after?.client_authenticator_type === KEYLESS_AUTHENTICATOR ? true : undefined,
      tokenLifespan: fileChanged("access_token_lifespan") ? [String(before?.access_token_lifespan), String(after?.access_token_lifespan)] : undefined,
      detailsChanged: fileChanged("name") || fileChanged("description"),
      granted: lifecycle === "removed" ? {} : byService(minus(declaredNow, deployedBefore)),
      revoked: lifecycle === "removed" ? {} : byService(minus(deployedBefore, declaredNow)),
      servicesGranted: lifecycle === "removed" ? [] : [...servicesNow].filter((s) => !servicesBefore.has(s)).sort(),
      servicesRevoked: lifecycle === "removed" ? [] : [...servicesBefore].filter((s) => !servicesNow.has(s)).sort(),
      restored: restoredBy.get(`customer:${clientId}`) ?? [],
    };
    if (lifecycle === "removed") {
      warnings.unshift(`customer ${clientId} is removed: its client is destroyed and its API key stops working`);
    }
    if (lifecycle === "recreated") {
      warnings.push(`customer ${clientId}'s client was deleted outside the stack: it is created again with a new secret; hand the new key over`);
    }
    const isReplaced = (change: ResourceChange) => change.change.actions.includes("delete") && change.change.actions.includes("create");
    const clientReplaced = client !== undefined && isReplaced(client);
    for (const change of own) {
      const replaced = isReplaced(change);
      if (replaced && change.type === CLIENT_TYPE) {
        warnings.push(`${change.address} would be replaced: ${clientReplacement(clientId, review)}`);
      } else if (replaced && clientReplaced) {
        // Its scopes and roles belong to the client (by Keycloak id): they are made anew with it.
        continue;
      } else if (replaced) {
        warnings.push(`${change.address} would be replaced`);
      } else if (lifecycle !== "removed" && deletes(change.change.actions) && change.type !== ROLE_TYPE) {
        warnings.push(`${change.address} would be destroyed, but customer ${clientId} stays`);
      }
    }
    return review;
  });

  const services = [...serviceIds].sort().map((clientId): ServiceReview => {
    const own = byOwner.get(`service:${clientId}`) ?? [];
    const audience = own.find((change) => ownerOf(logicalId(change.address))?.part === "audience");
    const actions = audience?.change.actions ?? [];
    const lifecycle = actions.join() === "create" ? "added" : actions.join() === "delete" ? "removed" : "changed";
    const roleNames = (action: string) =>
      own
        .filter((change) => change.type === ROLE_TYPE && change.change.actions.join() === action)
        .map((change) => String((action === "create" ? change.change.after : change.change.before)?.name))
        .sort();
    if (lifecycle === "removed") warnings.push(`service ${clientId} is removed: its audience scope and permissions are destroyed`);
    for (const change of own) {
      if (change.change.actions.includes("delete") && change.change.actions.includes("create")) {
        warnings.push(`${change.address} would be replaced`);
      }
    }
    return {
      clientId,
      lifecycle,
      permissionsAdded: roleNames("create"),
      permissionsRemoved: roleNames("delete"),
      restored: restoredBy.get(`service:${clientId}`) ?? [],
    };
  });
  for (const [key, restored] of restoredBy) {
    if (key.startsWith("other:")) warnings.push(`changed outside the stack, put back by the plan: ${restored.join(", ")}`);
  }

  const count = (predicate: (actions: readonly string[]) => boolean) => changes.filter((change) => predicate(change.change.actions)).length;
  return {
    environment,
    changes: changes.length > 0,
    counts: {
      add: count((actions) => actions.includes("create")),
      change: count((actions) => actions.includes("update")),
      destroy: count((actions) => actions.includes("delete")),
    },
    customers,
    services,
    warnings,
    authenticatorsRecorded,
  };
}

/** What a replaced client means for its customer, with its scopes and roles made anew with it. */
function clientReplacement(clientId: string, review: CustomerReview): string {
  if (review.proofMove === "secret-to-key") {
    return `customer ${clientId} moves from secret to key: it gets a new client, its secret stops working and none is kept; it signs client assertions with its own key`;
  }
  if (review.proofMove === "key-to-secret") {
    return `customer ${clientId} moves from key to secret: it gets a new client with a new secret, to hand over (\`npm run key\`); its key stops working`;
  }
  if (review.keyless) return `customer ${clientId} gets a new client; it keeps signing with its own key`;
  return `customer ${clientId} gets a new secret and its old key stops working`;
}

function permissionList(grants: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(grants)
    .map(([service, permissions]) => `${service} (${permissions.join(", ")})`)
    .join("; ");
}

/** What happens to one customer, in words. */
function customerWords(customer: CustomerReview): string {
  if (customer.lifecycle === "removed") return "**removed: its client is destroyed and its API key stops working**";
  const words: string[] = [];
  if (customer.lifecycle === "added")
    words.push(`added with ${permissionList(customer.granted)}${customer.keyless ? ", keyless: it signs with its own key" : ""}`);
  if (customer.lifecycle === "recreated") {
    words.push(`**recreated** with ${permissionList(customer.granted)}: deleted outside the stack, it gets a new secret`);
  }
  if (customer.suspended) words.push("**suspended**: tokens are refused until it is re-enabled");
  if (customer.reenabled) words.push("re-enabled with its existing secret");
  if (customer.rotated) {
    words.push(
      customer.previousSecretGrace === undefined
        ? "**secret rotated**: hand over the new secret; the old one stops working"
        : `**secret rotated**: hand over the new secret; the old one keeps working for ${customer.previousSecretGrace} after the apply, then stops`,
    );
  }
  if (customer.proofMove === "secret-to-key") {
    words.push(
      "**moves from secret to key**: it gets a new client, and its secret stops working at the apply; it signs client assertions with its own key (`npm run key` tells it how)",
    );
  }
  if (customer.proofMove === "key-to-secret") {
    words.push("**moves from key to secret**: it gets a new client, and its key stops working at the apply; hand over its new secret (`npm run key`)");
  }
  if (customer.tokenLifespan) words.push(`access tokens live ${customer.tokenLifespan[1]} s (were ${customer.tokenLifespan[0]} s)`);
  if (customer.detailsChanged) words.push("name or contact changed");
  if (customer.lifecycle === "changed") {
    if (customer.servicesGranted.length > 0) words.push(`aud gains ${customer.servicesGranted.join(", ")}`);
    if (customer.servicesRevoked.length > 0) words.push(`aud loses ${customer.servicesRevoked.join(", ")}`);
    if (Object.keys(customer.granted).length > 0) words.push(`granted ${permissionList(customer.granted)}`);
    if (Object.keys(customer.revoked).length > 0) words.push(`revoked ${permissionList(customer.revoked)}`);
  }
  if (customer.restored.length > 0) words.push(`changed by hand in Keycloak, put back: ${customer.restored.join(", ")}`);
  return words.length > 0 ? words.join(" · ") : "resources updated";
}

function serviceWords(service: ServiceReview): string {
  const words: string[] = [];
  if (service.lifecycle === "added") words.push("added");
  if (service.lifecycle === "removed") words.push("**removed**");
  if (service.permissionsAdded.length > 0) words.push(`permissions added: ${service.permissionsAdded.join(", ")}`);
  if (service.permissionsRemoved.length > 0) words.push(`permissions removed: ${service.permissionsRemoved.join(", ")}`);
  if (service.restored.length > 0) words.push(`changed by hand in Keycloak, put back: ${service.restored.join(", ")}`);
  return words.length > 0 ? words.join(" · ") : "resources updated";
}

/** The review as Markdown, fit for a pull-request comment. */
export function formatReview(review: ReviewSummary): string {
  const lines = [`### Keycloak API keys: \`${review.environment}\``, ""];
  if (!review.changes) return [...lines, "No changes: Keycloak already matches the files.", ""].join("\n");
  const { add, change, destroy } = review.counts;
  lines.push(`${add} to add, ${change} to change, ${destroy} to destroy.`, "");
  for (const warning of review.warnings) lines.push(`> **Warning:** ${warning}`);
  if (review.warnings.length > 0) lines.push("");
  if (review.authenticatorsRecorded > 0) {
    const customers = review.authenticatorsRecorded === 1 ? "1 customer gets" : `${review.authenticatorsRecorded} customers get`;
    lines.push(`${customers} a record of how it authenticates (\`terraform_data\`, in the state only); nothing changes in Keycloak.`, "");
  }
  if (review.customers.length > 0) {
    lines.push("| customer | what happens |", "| --- | --- |");
    for (const customer of review.customers) lines.push(`| \`${customer.clientId}\` | ${customerWords(customer)} |`);
    lines.push("");
  }
  if (review.services.length > 0) {
    lines.push("| service | what happens |", "| --- | --- |");
    for (const service of review.services) lines.push(`| \`${service.clientId}\` | ${serviceWords(service)} |`);
    lines.push("");
  }
  return lines.join("\n");
}
