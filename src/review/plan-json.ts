/**
 * The parts of `terraform show -json <planfile>` the review reads.
 * https://developer.hashicorp.com/terraform/internals/json-format
 */

/** Attribute values of one resource instance. */
export type Values = Readonly<Record<string, unknown>>;

/** One resource's planned change, or its change outside Terraform (drift). */
export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly mode?: "managed" | "data";
  readonly change: {
    readonly actions: readonly string[];
    readonly before: Values | null;
    readonly after: Values | null;
  };
}

export interface StateResource {
  readonly address: string;
  readonly type: string;
  readonly values: Values;
}

export interface ConfigResource {
  readonly address: string;
  readonly type: string;
  readonly expressions?: Readonly<Record<string, { readonly constant_value?: unknown; readonly references?: readonly string[] }>>;
}

/** A saved plan, as `terraform show -json` prints it. */
export interface PlanJson {
  readonly resource_changes?: readonly ResourceChange[];
  /** What changed in Keycloak outside Terraform since the last apply: hand edits. */
  readonly resource_drift?: readonly ResourceChange[];
  /** The state as refreshed at the start of the plan. */
  readonly prior_state?: { readonly values?: { readonly root_module?: { readonly resources?: readonly StateResource[] } } };
  readonly configuration?: { readonly root_module?: { readonly resources?: readonly ConfigResource[] } };
}

/** A resource's logical id, i.e. its address without type (and `data.`). */
export function logicalId(address: string): string {
  return address
    .replace(/^data\./, "")
    .split(".")
    .slice(1)
    .join(".");
}

/** Which customer or service a logical id belongs to, and the rest of it. */
export function ownerOf(id: string): { kind: "customer" | "service"; clientId: string; part: string } | undefined {
  const match = /^(customers|services)_([a-z0-9-]+)(?:_(.*))?$/.exec(id);
  if (!match) return undefined;
  return { kind: match[1] === "customers" ? "customer" : "service", clientId: match[2]!, part: match[3] ?? "" };
}

/** True when an action list deletes the resource (destroy, or replace in either order). */
export function deletes(actions: readonly string[]): boolean {
  return actions.includes("delete");
}

/** Names of attributes whose values differ between two sets of values. */
export function changedAttributes(before: Values | null, after: Values | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}
