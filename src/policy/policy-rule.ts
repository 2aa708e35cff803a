import type { PolicyRuleId } from "./rule-ids";

/**
 * One resource, data source, provider or backend of a synthesized stack, as a policy rule sees it:
 * its Terraform type and its attributes as synthesized (snake_case names from the provider's
 * schema, references as `${type.name.attribute}` strings), so rules survive regenerated bindings.
 */
export interface PolicyResource {
  readonly block: "resource" | "data" | "provider" | "backend";
  /** Terraform type, e.g. `keycloak_openid_client`; the provider or backend name for those blocks. */
  readonly type: string;
  /** Logical id in the stack, e.g. `customers_acme-logistics`. */
  readonly logicalId: string;
  /** Construct path, e.g. `/sandbox/customers/acme-logistics/Default`. */
  readonly path: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  /**
   * The clientId of the customer the resource belongs to: the customer construct it is in, or, for
   * an OpenID client made outside the constructs of services, its own clientId.
   */
  readonly customer: string | undefined;
  /** Every resource of the same stack, for rules that look across resources. */
  readonly stack: readonly PolicyResource[];
}

/** A policy rule: one check over synthesized resources, with a stable id and a one-line reason. */
export interface PolicyRule<Id extends PolicyRuleId = PolicyRuleId> {
  /** Stable id, e.g. `CUSTOMER-NO-IMPLICIT-FLOW`, listed in rule-ids.ts; a customer suppresses a rule by it. */
  readonly id: Id;
  /** One line: why the rule exists. */
  readonly reason: string;
  /** The findings for one resource, each a message naming the attribute and its value. */
  check(resource: PolicyResource): string[];
}

/** True for a customer's OpenID Connect client. */
export function isCustomerClient(resource: PolicyResource): boolean {
  return resource.block === "resource" && resource.type === "keycloak_openid_client" && resource.customer !== undefined;
}

/** The resource or data source a reference such as `${data.keycloak_role.x.id}` points to. */
export function referenced(resource: PolicyResource, expression: unknown): PolicyResource | undefined {
  if (typeof expression !== "string") return undefined;
  const match = /^\$\{(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[a-z0-9_]+\}$/.exec(expression);
  if (!match) return undefined;
  const [, data, type, logicalId] = match;
  return indexOf(resource.stack).byAddress.get(address(data ? "data" : "resource", type!, logicalId!));
}

/**
 * The resources of `resource`'s stack of Terraform type `type` whose attribute `attribute` is
 * `value` (compared with `===`), in stack order.
 */
export function resourcesWhere(resource: PolicyResource, type: string, attribute: string, value: unknown): readonly PolicyResource[] {
  const index = indexOf(resource.stack);
  const key = `${type}\n${attribute}`;
  let byValue = index.byAttribute.get(key);
  if (byValue === undefined) {
    byValue = new Map();
    for (const candidate of resource.stack) {
      if (candidate.type !== type) continue;
      const group = byValue.get(candidate.attributes[attribute]);
      if (group) group.push(candidate);
      else byValue.set(candidate.attributes[attribute], [candidate]);
    }
    index.byAttribute.set(key, byValue);
  }
  return byValue.get(value) ?? [];
}

/**
 * Lookups over a stack's resources, made once per stack: a rule that searched the whole stack for
 * each resource made the policy quadratic (at 10,000 customers, 100 of synthesis' 160 s; see
 * docs/performance.md).
 */
interface StackIndex {
  /** The stack's length when indexed: a stack that grew since is indexed again. */
  readonly size: number;
  /** The first resource at each `block type logicalId`, as `Array.find` would return it. */
  readonly byAddress: ReadonlyMap<string, PolicyResource>;
  /** Resources by `type\nattribute`, then by the attribute's value. */
  readonly byAttribute: Map<string, Map<unknown, PolicyResource[]>>;
}

const indexes = new WeakMap<readonly PolicyResource[], StackIndex>();

const address = (block: string, type: string, logicalId: string) => `${block} ${type} ${logicalId}`;

function indexOf(stack: readonly PolicyResource[]): StackIndex {
  const known = indexes.get(stack);
  if (known !== undefined && known.size === stack.length) return known;
  const byAddress = new Map<string, PolicyResource>();
  for (const candidate of stack) {
    const key = address(candidate.block, candidate.type, candidate.logicalId);
    if (!byAddress.has(key)) byAddress.set(key, candidate);
  }
  const index: StackIndex = { size: stack.length, byAddress, byAttribute: new Map() };
  indexes.set(stack, index);
  return index;
}

/** `name = value`, as findings show an attribute. */
export function shown(name: string, value: unknown): string {
  return `${name} = ${value === undefined ? "(unset)" : JSON.stringify(value)}`;
}
