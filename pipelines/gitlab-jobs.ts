/**
 * What every generated GitLab job that runs the engine shares: the environment's engine, installed
 * checksum-checked; the state's AWS role, assumed through GitLab's OIDC token; the state's
 * passphrase where it is encrypted. Used by pipelines/gitlab-merge-request-plan.ts and
 * pipelines/gitlab-deploy-pipeline.ts, so both write the same jobs from `pipeline-environments`.
 */
import type { PipelineChange } from "../src/operations/changed-stacks";
import type { PipelineEnvironment } from "../src/operations/pipeline-environments";

/** The image every generated job runs in: Node's current LTS. */
export const IMAGE = "node:22-bookworm";

/** Where the job's OIDC token is written for the AWS SDK (the engine's S3 backend) to assume AWS_ROLE_ARN. */
export const AWS_WEB_IDENTITY_TOKEN_FILE = "/tmp/aws-web-identity-token";

/** Variables of a generated pipeline: no secret, and no AWS key: the role comes through OIDC. */
export const PIPELINE_VARIABLES = {
  CHECKPOINT_DISABLE: "1",
  // GitLab's runners reach the Terraform registry: terraform init downloads keycloak/keycloak.
  KEYCLOAK_PROVIDER_SOURCE: "registry",
  AWS_WEB_IDENTITY_TOKEN_FILE,
} as const;

/**
 * The engine's tools, installed without running any dependency's install script; the engine
 * only when its zip has the sha256 pinned in TERRAFORM_SHA256 / OPENTOFU_SHA256 (CI variables),
 * into ENGINE_DIR (a folder on the job's PATH; default /usr/local/bin, the image's). unzip only
 * where the image lacks it, so a shell runner's machine is left as it is.
 */
export const INSTALL = [
  "command -v unzip >/dev/null || { apt-get update -qq && apt-get install -y -qq unzip >/dev/null; }",
  "npm ci --ignore-scripts",
  'pipelines/install-engine.sh "$TERRAFORM_BINARY_NAME" "${ENGINE_DIR:-/usr/local/bin}"',
];

/** The OIDC token for AWS (AWS_ROLE_ARN, a CI/CD variable scoped to the environment, names the role), and the state's passphrase. */
export const CREDENTIALS = [
  'printf \'%s\' "$AWS_WEB_IDENTITY_TOKEN" > "$AWS_WEB_IDENTITY_TOKEN_FILE"',
  '[ -z "$PASSPHRASE_VARIABLE" ] || export "TF_VAR_$PASSPHRASE_VARIABLE=$STATE_PASSPHRASE"',
];

/** The part of a job that runs the engine for `environment`: its variables, its OIDC token, its tools. */
export function engineJob(environment: PipelineEnvironment, before: readonly string[] = []): Record<string, unknown> {
  return {
    variables: {
      ENVIRONMENT: environment.environment,
      TERRAFORM_BINARY_NAME: environment.engine,
      STACKS: environment.stacks.join(" "),
      PASSPHRASE_VARIABLE: environment.passphraseVariable,
    },
    id_tokens: { AWS_WEB_IDENTITY_TOKEN: { aud: "sts.amazonaws.com" } },
    before_script: [...before, ...INSTALL, ...CREDENTIALS],
  };
}

/** Each stack's plan, in deploy order, its review as JSON in reviews/. */
export const PLAN_STACKS = [
  "set -o pipefail",
  "mkdir -p reviews",
  'for stack in $STACKS; do npm run --silent plan -- "$stack" --json > "reviews/$stack.json"; done',
];

/** A pipeline with no environment to deploy still needs one job, in one of its `stage`s. */
export function nothingToDeploy(stage: string): Record<string, unknown> {
  return {
    nothing: {
      stage,
      script: ['echo "No environment of environments.ts is reachable from a hosted runner (pipeline-environments): nothing to do."'],
    },
  };
}

/** The header line of a generated pipeline: which stacks it deploys, and why every one. */
export function stacksComment(change: PipelineChange): string {
  return "every" in change ? `# Every stack: ${change.every}.` : "# Only the stacks the change touches.";
}
