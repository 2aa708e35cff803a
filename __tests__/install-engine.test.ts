/**
 * pipelines/install-engine.sh installs the engine a pipeline deploys with only when its release
 * zip has the sha256 pinned in the CI settings. Run with a stand-in `curl` that serves a zip made
 * here, so no network is needed: the script's own checks are what is under test.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { zipOf } from "./support/zip";
import packageJson from "../package.json";
import { PROJECT_ROOT } from "../testkit/temp-project";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "install-engine-"));
  fs.mkdirSync(path.join(dir, "bin"));
  // Serves $dir/release.zip for any URL, and writes down the URL asked for.
  fs.writeFileSync(
    path.join(dir, "bin", "curl"),
    `#!/usr/bin/env bash\nout=""\nwhile [ $# -gt 0 ]; do case "$1" in -o) out=$2; shift 2 ;; --retry) shift 2 ;; -*) shift ;; *) echo "$1" >> "${dir}/urls"; shift ;; esac; done\ncp "${dir}/release.zip" "$out"\n`,
    { mode: 0o755 },
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function release(engine: string): string {
  const zip = zipOf(engine, Buffer.from(`#!/bin/sh\necho ${engine} stand-in\n`));
  fs.writeFileSync(path.join(dir, "release.zip"), zip);
  return createHash("sha256").update(zip).digest("hex");
}

function install(engine: string, env: Record<string, string>) {
  const result = spawnSync(path.join(PROJECT_ROOT, "pipelines", "install-engine.sh"), [engine, path.join(dir, "engine")], {
    encoding: "utf8",
    env: { PATH: `${path.join(dir, "bin")}:${process.env.PATH}`, HOME: dir, ...env },
  });
  const installed = path.join(dir, "engine", engine);
  const urls = fs.existsSync(path.join(dir, "urls")) ? fs.readFileSync(path.join(dir, "urls"), "utf8").trim().split("\n") : [];
  return {
    status: result.status,
    stderr: result.stderr,
    installed: fs.existsSync(installed) ? spawnSync(installed, { encoding: "utf8" }).stdout.trim() : undefined,
    urls,
  };
}

describe("install-engine.sh", () => {
  test("installs terraform at the pinned version when the zip's sha256 is TERRAFORM_SHA256", () => {
    const sha = release("terraform");
    const version = packageJson.toolchain.terraform;
    expect(install("terraform", { TERRAFORM_SHA256: sha })).toMatchObject({
      status: 0,
      installed: "terraform stand-in",
      urls: [`https://releases.hashicorp.com/terraform/${version}/terraform_${version}_linux_amd64.zip`],
    });
  });

  test("installs OpenTofu at the pinned version when the zip's sha256 is OPENTOFU_SHA256", () => {
    const sha = release("tofu");
    const version = packageJson.toolchain.opentofu;
    expect(install("tofu", { OPENTOFU_SHA256: sha, TERRAFORM_SHA256: "0".repeat(64) })).toMatchObject({
      status: 0,
      installed: "tofu stand-in",
      urls: [`https://github.com/opentofu/opentofu/releases/download/v${version}/tofu_${version}_linux_amd64.zip`],
    });
  });

  test("installs nothing when the zip's sha256 is not the pinned one", () => {
    release("tofu");
    const result = install("tofu", { OPENTOFU_SHA256: "0".repeat(64) });
    expect(result).toMatchObject({ status: 1, installed: undefined });
    expect(result.stderr).toMatch(/has sha256 [0-9a-f]{64}, not the pinned OPENTOFU_SHA256 0{64}; nothing installed/);
  });

  test("fails before downloading when the checksum is not set, or is not a sha256", () => {
    release("terraform");
    const unset = install("terraform", {});
    expect(unset).toMatchObject({ status: 1, installed: undefined, urls: [] });
    expect(unset.stderr).toContain("TERRAFORM_SHA256 is empty");
    expect(install("terraform", { TERRAFORM_SHA256: "latest" })).toMatchObject({ status: 1, urls: [] });
  });

  test("knows only terraform and tofu", () => {
    expect(install("vault", {})).toMatchObject({ status: 1, stderr: expect.stringContaining('the engine is terraform or tofu, not "vault"') });
  });
});
