import { Aspects, TerraformBackend, TerraformDataSource, TerraformElement, TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import type { IAspect } from "cdktf";
import type { IConstruct } from "constructs";
import { ApiService } from "../constructs/api-service";
import type { PolicyResource, PolicyRule } from "./policy-rule";
import { POLICY_RULES } from "./rules";
import { UserReport } from "../user-error";

/** A customer as the policy knows it: its file, and the rules it suppresses with a reason. */
export interface PolicyCustomer {
  readonly file: string;
  readonly suppressions: readonly { readonly rule: string; readonly reason: string }[];
}

/** A rule broken by one resource. */
export interface PolicyFinding {
  readonly ruleId: string;
  /** Construct path, `/sandbox/customers/acme-logistics/Default`. */
  readonly path: string;
  readonly message: string;
  /** The customer's file, when the resource belongs to a customer. */
  readonly file: string | undefined;
}

/** `[Error at /sandbox/customers/acme/Default] CUSTOMER-NO-IMPLICIT-FLOW: implicit_flow_enabled = true: must be false (clients/acme.ts)` */
export function formatFinding(finding: PolicyFinding): string {
  return `[Error at ${finding.path}] ${finding.ruleId}: ${finding.message}${finding.file ? ` (${finding.file})` : ""}`;
}

/** Thrown when synthesized stacks break policy rules; lists every finding. */
export class PolicyError extends UserReport {
  constructor(readonly findings: readonly PolicyFinding[]) {
    super(
      [
        `${findings.length} policy finding${findings.length === 1 ? "" : "s"} in the synthesized stacks; nothing was synthesized:`,
        ...findings.map((finding) => `  ${formatFinding(finding)}`),
      ].join("\n"),
    );
  }
}

/** Options of {@link CustomerPolicy}. */
export interface CustomerPolicyOptions {
  /** The customers by clientId, for their files and suppressions. */
  readonly customers: ReadonlyMap<string, PolicyCustomer>;
  /**
   * The rules to apply.
   * @default POLICY_RULES, every rule under src/policy/rules
   */
  readonly rules?: readonly PolicyRule[];
}

/**
 * The policy rules as an Aspect over every stack: each rule sees every generated provider
 * resource as synthesized, so it also catches resources made without this project's constructs.
 * Findings are collected in {@link findings}; a customer's suppression (rule and reason) turns its
 * finding into a `//` comment on the resource, so the reason shows in the synthesized JSON and in
 * the snapshot a reviewer reads.
 */
export class CustomerPolicy implements IAspect {
  /** Every unsuppressed finding of every stack visited so far. */
  readonly findings: PolicyFinding[] = [];
  private readonly customers: ReadonlyMap<string, PolicyCustomer>;
  private readonly rules: readonly PolicyRule[];
  private deferred = false;

  /** The findings of the policies on `stacks` (each visited by synthesis), in stack order. */
  static findingsOf(stacks: readonly TerraformStack[]): PolicyFinding[] {
    return CustomerPolicy.of(stacks).flatMap((policy) => policy.findings);
  }

  /** The CustomerPolicy aspects of `stacks`, each once. */
  static of(stacks: readonly TerraformStack[]): CustomerPolicy[] {
    return [...new Set(stacks.flatMap((stack) => Aspects.of(stack).all.filter((aspect) => aspect instanceof CustomerPolicy)))];
  }

  constructor(options: CustomerPolicyOptions) {
    this.customers = options.customers;
    this.rules = options.rules ?? POLICY_RULES;
  }

  /**
   * Leaves the checking to the caller: visiting a stack no longer synthesizes it a second time
   * (cdktf resolves every token again, a fifth of synthesis at 10,000 customers); the caller
   * passes each stack's written JSON to {@link check} and synthesizes again if that returns true.
   */
  checkOnlyWhenAsked(): void {
    this.deferred = true;
  }

  visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || this.deferred) return;
    this.check(node, node.toTerraform());
  }

  /**
   * Checks `stack`, whose Terraform JSON is `synthesized`, with every rule: a finding is recorded
   * in {@link findings}, a suppressed one becomes a `//` comment on its resource. Returns true when
   * it added such a comment, which only a new synthesis of the stack writes.
   */
  check(stack: TerraformStack, synthesized: unknown): boolean {
    const json = synthesized as SynthesizedStack;
    let suppressed = false;
    const resources: PolicyResource[] = [];
    const elements = new Map<PolicyResource, TerraformElement>();
    for (const construct of stack.node.findAll()) {
      const resource = this.describe(stack, json, construct, resources);
      if (resource) {
        resources.push(resource);
        elements.set(resource, construct as TerraformElement);
      }
    }
    for (const resource of resources) {
      for (const rule of this.rules) {
        for (const message of rule.check(resource)) {
          const customer = resource.customer === undefined ? undefined : this.customers.get(resource.customer);
          const suppression = customer?.suppressions.find((candidate) => candidate.rule === rule.id);
          if (suppression) {
            elements.get(resource)!.addOverride(`//.suppressed.${rule.id}`, suppression.reason);
            suppressed = true;
            continue;
          }
          this.findings.push({ ruleId: rule.id, path: `/${resource.path}`, message, file: customer?.file });
        }
      }
    }
    return suppressed;
  }

  private describe(stack: TerraformStack, json: SynthesizedStack, construct: IConstruct, all: PolicyResource[]): PolicyResource | undefined {
    if (!TerraformElement.isTerraformElement(construct)) return undefined;
    const element = construct as TerraformElement;
    const logicalId = stack.getLogicalId(element);
    const base = { logicalId, path: element.node.path, stack: all };
    if (TerraformResource.isTerraformResource(element)) {
      const type = (element as TerraformResource).terraformResourceType;
      const attributes = json.resource?.[type]?.[logicalId] ?? {};
      return { ...base, block: "resource", type, attributes, customer: this.customerOf(stack, element, type, attributes) };
    }
    if (TerraformDataSource.isTerraformDataSource(element)) {
      const type = (element as TerraformDataSource).terraformResourceType;
      return { ...base, block: "data", type, attributes: json.data?.[type]?.[logicalId] ?? {}, customer: undefined };
    }
    if (TerraformProvider.isTerraformProvider(element)) {
      const type = (element as TerraformProvider).terraformResourceType;
      const configs = json.provider?.[type] ?? [];
      return { ...base, block: "provider", type, attributes: Object.assign({}, ...configs), customer: undefined };
    }
    if (element instanceof TerraformBackend) {
      const [type, attributes] = Object.entries(json.terraform?.backend ?? {})[0] ?? ["", {}];
      return { ...base, block: "backend", type, attributes, customer: undefined };
    }
    return undefined;
  }

  /** The customer construct the element is in; else, for a client outside the services, its own clientId. */
  private customerOf(stack: TerraformStack, element: TerraformElement, type: string, attributes: Record<string, unknown>): string | undefined {
    const scopes = element.node.scopes.slice(element.node.scopes.indexOf(stack) + 1);
    const owner = scopes.find((scope) => this.customers.has(scope.node.id));
    if (owner) return owner.node.id;
    if (type !== "keycloak_openid_client" || scopes.some((scope) => scope instanceof ApiService)) return undefined;
    return typeof attributes.client_id === "string" ? attributes.client_id : "(unknown)";
  }
}

/** The parts of a synthesized stack the policy reads. */
interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly provider?: Record<string, Record<string, unknown>[]>;
  readonly terraform?: { readonly backend?: Record<string, Record<string, unknown>> };
}
