/**
 * `pipeline-environments` names the environments a hosted runner can deploy (Keycloak not on
 * loopback, state not a local file), each with the engine its state needs and its stacks in
 * deploy order: what both pipelines' matrices are made of.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { EnvironmentDefinition } from "../src/definitions/environment";
import { pipelineEnvironments, pipelineRunnerOf } from "../src/operations/pipeline-environments";
import { UserError } from "../src/user-error";
import { environments as projectEnvironments } from "../environments";
import { PROJECT_ROOT } from "../testkit/temp-project";

const S3 = { backend: "s3", bucket: "atlas-terraform-state", region: "eu-central-1", dynamodbTable: "atlas-terraform-locks" } as const;

const EXAMPLE: Record<string, EnvironmentDefinition> = {
  sandbox: { keycloakUrl: "http://127.0.0.1:8080", realm: { name: "atlas", create: true }, state: { backend: "local", path: "state/sandbox.tfstate" } },
  production: {
    keycloakUrl: "https://sso.atlas.example",
    realm: { name: "atlas", create: false },
    state: { ...S3, key: "keycloak-api-keys/production.tfstate" },
  },
  // A shared state, but a Keycloak only this machine reaches.
  "local-keycloak": { keycloakUrl: "http://localhost:8080", realm: { name: "lab", create: true }, state: { ...S3, key: "keycloak-api-keys/lab.tfstate" } },
  // A real Keycloak, but a state only this machine holds.
  "local-state": {
    keycloakUrl: "https://sso.staging.example",
    realm: { name: "atlas", create: true },
    state: { backend: "local", path: "state/staging.tfstate" },
  },
  "ipv6-loopback": { keycloakUrl: "http://[::1]:8080", realm: { name: "v6", create: true }, state: { ...S3, key: "keycloak-api-keys/v6.tfstate" } },
  eu: {
    keycloakUrl: "https://sso.eu.atlas.example",
    realm: { name: "atlas", create: false },
    state: { ...S3, key: "keycloak-api-keys/eu.tfstate", encryption: { passphraseVariable: "state_passphrase" } },
    customerShards: 3,
  },
};

describe("pipeline-environments", () => {
  test("leaves out environments on loopback or with a local state; each has its engine and its stacks, base first", () => {
    expect(pipelineEnvironments(EXAMPLE)).toEqual([
      { environment: "production", engine: "terraform", stacks: ["production"], passphraseVariable: "" },
      { environment: "eu", engine: "tofu", stacks: ["eu-base", "eu-customers-0", "eu-customers-1", "eu-customers-2"], passphraseVariable: "state_passphrase" },
    ]);
  });

  test("the project's own environments: production, not the sandbox on 127.0.0.1 with its local state", () => {
    expect(pipelineEnvironments(projectEnvironments).map(({ environment }) => environment)).toEqual(["production"]);
  });

  test("PIPELINE_RUNNER=local (gitlab-ci-local on this machine): exactly the environments a hosted runner leaves out", () => {
    expect(pipelineRunnerOf({})).toBe("hosted");
    expect(pipelineRunnerOf({ PIPELINE_RUNNER: "local" })).toBe("local");
    expect(() => pipelineRunnerOf({ PIPELINE_RUNNER: "laptop" })).toThrow(new UserError('PIPELINE_RUNNER is hosted or local, not "laptop"'));
    expect(pipelineEnvironments(EXAMPLE, "local").map(({ environment }) => environment)).toEqual(["sandbox", "local-keycloak", "local-state", "ipv6-loopback"]);
    expect(pipelineEnvironments(projectEnvironments, "local").map(({ environment }) => environment)).toEqual(["sandbox"]);
  });

  test("a push's two phases: each one-stack environment and each sharded one's base first, then one entry per shard", () => {
    const all = pipelineEnvironments(EXAMPLE, "hosted", { phase: "all" });
    expect(all).toEqual(pipelineEnvironments(EXAMPLE));
    expect(pipelineEnvironments(EXAMPLE, "hosted", { phase: "base" })).toEqual([
      { environment: "production", engine: "terraform", stacks: ["production"], passphraseVariable: "" },
      { environment: "eu", engine: "tofu", stacks: ["eu-base"], passphraseVariable: "state_passphrase" },
    ]);
    const shard = (index: number, afterBase: boolean) => ({
      environment: "eu",
      engine: "tofu",
      stacks: [`eu-customers-${index}`],
      passphraseVariable: "state_passphrase",
      afterBase,
    });
    expect(pipelineEnvironments(EXAMPLE, "hosted", { phase: "shards" })).toEqual([shard(0, true), shard(1, true), shard(2, true)]);
    // A change to customers only: no first phase for eu, and its shards wait for no base.
    const customers = { files: ["clients/a.ts", "clients/b.ts", "clients/c.ts", "clients/d.ts"] };
    const touched = pipelineEnvironments(EXAMPLE, "hosted", { change: customers, phase: "shards" });
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.every(({ afterBase }) => afterBase === false)).toBe(true);
    expect(pipelineEnvironments(EXAMPLE, "hosted", { change: customers, phase: "base" }).map(({ stacks }) => stacks)).toEqual([["production"]]);
    expect(() => pipelineEnvironments(EXAMPLE, "hosted", { phase: "first" as "base" })).toThrow(new UserError('the phase is all, base or shards, not "first"'));
  });

  test("prints them as one line of JSON, read from the environments.ts where it runs", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-environments-"));
    try {
      fs.writeFileSync(path.join(dir, "environments.ts"), `export const environments = ${JSON.stringify(EXAMPLE)};\n`);
      const result = spawnSync(
        path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
        [path.join(PROJECT_ROOT, "src", "cli", "main.ts"), "pipeline-environments"],
        // PIPELINE_RUNNER unset, whatever the caller's: the hosted runner's list.
        { cwd: dir, env: { ...process.env, PIPELINE_RUNNER: undefined }, encoding: "utf8" },
      );
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
      expect(result.stdout.trim().split("\n")).toHaveLength(1);
      expect(JSON.parse(result.stdout)).toEqual(pipelineEnvironments(EXAMPLE));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
