import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformOutput, TerraformStack, Tokenization } from "cdktf";

/**
 * A stack's Terraform JSON as cdktf 0.21's `TerraformStack.toTerraform` writes it, with one
 * difference in how, none in what: cdktf runs its token resolver over every value, and over the
 * merged stack once more, although almost every value is plain data (a name, a flag, a list of
 * scope names). Here only a value that can hold a token (see {@link mayHoldToken}) goes through
 * cdktf's resolver; everything else is copied as the resolver would copy it (undefined dropped,
 * the rest kept). At 10,000 customers the resolver was about half of synthesis
 * (docs/performance.md). `__tests__/terraform-json.test.ts` compares both on every stack shape.
 */
export function terraformJsonOf(stack: TerraformStack): Record<string, unknown> {
  const internals = stack as unknown as { readonly rawOverrides: Record<string, unknown>; readonly cdktfVersion: string | undefined };
  const resolved = (value: unknown) => resolvedPlainly(stack, value);
  const elements = terraformElementsOf(stack);
  const metadata: Record<string, unknown> = {
    version: internals.cdktfVersion,
    stackName: stack.node.id,
    backend: "local",
    cloud: undefined,
    ...(Object.keys(internals.rawOverrides).length > 0 ? { overrides: { stack: Object.keys(internals.rawOverrides) } } : {}),
  };
  for (const element of elements) deepMerge(metadata, resolved(element.toMetadata()));
  const outputs: Record<string, unknown> = {};
  for (const element of elements) {
    if (!TerraformOutput.isTerraformOutput(element)) continue;
    const nested = element.node.path.split("/").reduceRight<unknown>((inner, part) => ({ [part]: inner }), element.friendlyUniqueId) as Record<string, unknown>;
    deepMerge(outputs, nested);
  }
  const tf: Record<string, unknown> = { "//": { metadata, outputs } };
  for (const element of elements) deepMerge(tf, resolved(element.toTerraform()));
  deepMerge(tf, internals.rawOverrides);
  // cdktf resolves the merged stack once more. What it merged is resolved already, except what the
  // stack's own overrides (state encryption) put under their top-level keys, and metadata's
  // undefined `cloud`, which that pass drops.
  for (const key of Object.keys(internals.rawOverrides)) tf[key] = resolved(tf[key]);
  if (metadata.cloud === undefined) delete metadata.cloud;
  return tf;
}

const TOKEN_RESOLVER = new DefaultTokenResolver(new StringConcat());

/** cdktf's resolution of `value` in `stack`, run only where a token can be. */
function resolvedPlainly(stack: TerraformStack, value: unknown): unknown {
  if (value === undefined || value === null || typeof value === "boolean") return value;
  if (typeof value === "string") return mayHoldToken(value) ? resolvedByCdktf(stack, value) : value;
  if (typeof value === "number") return isTokenNumber(value) ? resolvedByCdktf(stack, value) : value;
  if (typeof value !== "object" || value instanceof Date) return resolvedByCdktf(stack, value);
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    for (const item of items) {
      if ((typeof item === "string" && mayHoldToken(item)) || (typeof item === "number" && isTokenNumber(item))) return resolvedByCdktf(stack, value);
    }
    const result: unknown[] = [];
    for (const item of items) {
      const resolvedItem = resolvedPlainly(stack, item);
      if (resolvedItem !== undefined) result.push(resolvedItem);
    }
    return result;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return resolvedByCdktf(stack, value);
  const keys = Object.keys(value);
  for (const key of keys) if (mayHoldToken(key)) return resolvedByCdktf(stack, value);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const resolvedItem = resolvedPlainly(stack, (value as Record<string, unknown>)[key]);
    if (resolvedItem !== undefined) result[key] = resolvedItem;
  }
  return result;
}

function resolvedByCdktf(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: stack, preparing: false, resolver: TOKEN_RESOLVER }) as unknown;
}

/**
 * A string cdktf's resolver may change: one with a token marker (`${TfToken[`, `#{TfToken[`,
 * `&{TfToken[`) or an escape (`${`, `%{`), both caught by `{`, or a number token written in
 * text (cdktf looks for an exponent: `[-|\d|.\+]+(e...)`). Anything else it returns unchanged.
 */
function mayHoldToken(text: string): boolean {
  return text.includes("{") || /[-|\d.+]e/.test(text);
}

/** cdktf encodes a number token as a double around -1.9e289; no setting here comes near. */
function isTokenNumber(value: number): boolean {
  return !Number.isFinite(value) || Math.abs(value) > 1e280;
}

/** The stack's elements in construct order, as cdktf's private `terraformElements` lists them. */
function terraformElementsOf(stack: TerraformStack): TerraformElement[] {
  const elements: TerraformElement[] = [];
  const visit = (node: { node: { children: readonly unknown[] } }) => {
    if (TerraformStack.isStack(node) && node !== stack) return;
    if (TerraformElement.isTerraformElement(node)) elements.push(node);
    for (const child of node.node.children) visit(child as { node: { children: readonly unknown[] } });
  };
  visit(stack);
  return elements;
}

/** cdktf's `deepMerge` (lib/util.js): objects merged key by key, arrays appended, undefined deletes. */
function deepMerge(target: Record<string, unknown>, source: unknown): void {
  if (typeof source !== "object" || source === null) throw new Error(`cannot merge ${JSON.stringify(source)} into a stack`);
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      // Nothing there yet: taken as it is instead of copied key by key, the copy cdktf makes.
      // Every source here is made for this merge (resolved fragments and metadata), or is
      // resolved into a new object right after it (the stack's overrides), so none is shared.
      if (!(key in target)) {
        target[key] = value;
        continue;
      }
      if (typeof target[key] !== "object") target[key] = {};
      if (Tokenization.isResolvable(value)) {
        target[key] = value;
        continue;
      }
      deepMerge(target[key] as Record<string, unknown>, value);
    } else if (Array.isArray(value)) {
      const existing = target[key];
      target[key] = Array.isArray(existing) ? [...(existing as unknown[]), ...(value as unknown[])] : value;
    } else if (value === undefined) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
}
