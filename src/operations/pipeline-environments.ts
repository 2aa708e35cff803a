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
import { deployEngineOf, isLoopbackHost, type DeployEngine, type EnvironmentDefinition } from "../definitions/environment";
import { baseStackName, isSharded } from "../stacks/customer-shards";
import { stacksToPlan, type PipelineChange } from "./changed-stacks";
import { UserError } from "../user-error";

/** The engine a pipeline installs for an environment, as `TERRAFORM_BINARY_NAME` names it. */
export type PipelineEngine = DeployEngine;

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
  /**
   * A second-phase entry (one shard) only: whether its environment's base stack is deployed first
   * in the same pipeline, so its plan waits for that apply.
   */
  readonly afterBase?: boolean;
}

/**
 * Where the pipeline's jobs run: `hosted` (the default), a runner that reaches only remote
 * Keycloaks and states; or `local`, this workstation itself running the pipeline with
 * gitlab-ci-local's shell executor in one checkout, which deploys the environments a hosted runner
 * cannot (a Keycloak on loopback or a local state) and none of the others. CI/CD variable
 * PIPELINE_RUNNER; never set it on a hosted runner.
 */
export type PipelineRunner = "hosted" | "local";

/** The runner PIPELINE_RUNNER names (unset: hosted); throws on anything else. */
export function pipelineRunnerOf(env: NodeJS.ProcessEnv): PipelineRunner {
  const runner = env.PIPELINE_RUNNER || "hosted";
  if (runner !== "hosted" && runner !== "local") throw new UserError(`PIPELINE_RUNNER is hosted or local, not ${JSON.stringify(runner)}`);
  return runner;
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

/**
 * Which stacks of a deploy: `all` of them (a merge request's plan, drift); `base`, the first phase:
 * an unsharded environment's one stack, a sharded one's base stack; `shards`, the second phase of a
 * sharded environment, planned once its base is applied: one entry per customer stack.
 */
export type DeployPhase = "all" | "base" | "shards";

/** What else narrows the list: the change being deployed (default: every stack, as drift checks them), the phase. */
export interface PipelineEnvironmentsOptions {
  /** Only the stacks this change touches (`pipelineChange`), and only the environments with one. */
  readonly change?: PipelineChange;
  readonly phase?: DeployPhase;
}

/** The environments the pipelines deploy on `runner`, in the order environments.ts declares them. */
export function pipelineEnvironments(
  environments: Readonly<Record<string, EnvironmentDefinition>>,
  runner: PipelineRunner = "hosted",
  { change = { every: "no change given" }, phase = "all" }: PipelineEnvironmentsOptions = {},
): PipelineEnvironment[] {
  if (!["all", "base", "shards"].includes(phase)) throw new UserError(`the phase is all, base or shards, not ${JSON.stringify(phase)}`);
  return Object.entries(environments)
    .filter(([, environment]) => reachableFromRunner(environment) === (runner === "hosted"))
    .flatMap(([name, environment]) => {
      const stacks = stacksToPlan(name, environment, change);
      // The first phase: the one stack of an unsharded environment, the base of a sharded one.
      const first = isSharded(environment) ? stacks.filter((stack) => stack === baseStackName(name)) : stacks;
      const entry = (of: string[]) => ({
        environment: name,
        engine: deployEngineOf(environment),
        stacks: of,
        passphraseVariable: environment.state.encryption?.passphraseVariable ?? "",
      });
      if (phase === "all") return [entry(stacks)];
      if (phase === "base") return [entry(first)];
      return stacks.filter((stack) => !first.includes(stack)).map((stack) => ({ ...entry([stack]), afterBase: first.length > 0 }));
    })
    .filter(({ stacks }) => stacks.length > 0);
}
