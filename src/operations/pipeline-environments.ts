/**
 * `keycloak-api-keys pipeline-environments`: the environments the pipelines plan, apply and
 * check for drift, as JSON, for a GitHub matrix (`fromJSON`) or a generated GitLab pipeline.
 *
 * A hosted runner reaches neither a Keycloak on loopback (it would be the runner's own) nor a
 * state file on someone's disk (it would start from an empty state, and plan to create everything
 * again). So an environment is the pipelines' when its Keycloak is not on loopback and its state
 * is not local; the others are deployed from a workstation. Each comes with the engine that can
 * read its state (OpenTofu where it declares state encryption, which terraform refuses) and its
 * stacks in deploy order: a sharded environment's base stack (realm, services) before its
 * customer stacks.
 */
import { isLoopbackHost, type EnvironmentDefinition } from "../definitions/environment";
import { stackNamesOf } from "../stacks/customer-shards";

/** The engine a pipeline installs for an environment, as `TERRAFORM_BINARY_NAME` names it. */
export type PipelineEngine = "terraform" | "tofu";

/** One environment a pipeline deploys. */
export interface PipelineEnvironment {
  readonly environment: string;
  readonly engine: PipelineEngine;
  /** Its stacks in deploy order: a sharded environment's base stack first. */
  readonly stacks: readonly string[];
  /**
   * The Terraform variable that carries the state's passphrase (`TF_VAR_<name>`), where the state
   * is encrypted; the pipelines set it from the STATE_PASSPHRASE secret. Empty when it is not.
   */
  readonly passphraseVariable: string;
}

/** True when a hosted runner can reach the environment's Keycloak and state. */
export function reachableFromRunner(environment: EnvironmentDefinition): boolean {
  let host: string;
  try {
    host = new URL(environment.keycloakUrl).hostname;
  } catch {
    return false; // validation names a malformed URL; a pipeline cannot use it either
  }
  return !isLoopbackHost(host) && environment.state.backend !== "local";
}

/** The environments the pipelines deploy, in the order environments.ts declares them. */
export function pipelineEnvironments(environments: Readonly<Record<string, EnvironmentDefinition>>): PipelineEnvironment[] {
  return Object.entries(environments)
    .filter(([, environment]) => reachableFromRunner(environment))
    .map(([name, environment]) => ({
      environment: name,
      engine: environment.state.encryption ? "tofu" : "terraform",
      stacks: stackNamesOf(name, environment),
      passphraseVariable: environment.state.encryption?.passphraseVariable ?? "",
    }));
}
