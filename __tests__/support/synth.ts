import { Testing } from "cdktf";
import type { CustomerDefinition } from "../../src/definitions/customer";
import type { EnvironmentDefinition } from "../../src/definitions/environment";
import type { ServiceDefinition } from "../../src/definitions/service";
import { EnvironmentStack } from "../../src/stacks/environment-stack";
import { SANDBOX } from "./catalog";

/** Synthesized Terraform JSON of one stack, as a string (for cdktf's matchers). */
export function synthStack(parts: {
  services: readonly ServiceDefinition[];
  customers?: readonly CustomerDefinition[];
  environment?: EnvironmentDefinition;
}): string {
  const stack = new EnvironmentStack(Testing.app(), "sandbox", {
    environment: parts.environment ?? SANDBOX,
    services: parts.services,
    customers: parts.customers ?? [],
  });
  return Testing.synth(stack);
}

/** The synthesized JSON as an object. */
export interface TerraformJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, Record<string, unknown>>;
  readonly provider?: Record<string, Record<string, unknown>[]>;
  readonly terraform?: Record<string, unknown>;
}

/** Parses a synthesized stack. */
export function parse(synthesized: string): TerraformJson {
  return JSON.parse(synthesized) as TerraformJson;
}

/** One resource's body, by type and logical id; throws when it is missing. */
export function resource(json: TerraformJson, type: string, logicalId: string): Record<string, unknown> {
  const body = json.resource?.[type]?.[logicalId];
  if (!body) {
    throw new Error(`no ${type}.${logicalId}; have ${Object.keys(json.resource?.[type] ?? {}).join(", ")}`);
  }
  return body;
}

/** Every resource address (`type.logicalId`) of a synthesized stack, sorted. */
export function addresses(json: TerraformJson): string[] {
  return Object.entries(json.resource ?? {})
    .flatMap(([type, byId]) => Object.keys(byId).map((id) => `${type}.${id}`))
    .sort();
}
