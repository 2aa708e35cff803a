import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { environments } from "../environments";
import { synthesizeProject } from "../src/run-project";
import { PROJECT_ROOT, SANDBOX_LOCAL_STATE, exampleFiles, tempProject, withCustomerShards } from "../testkit/temp-project";

describe("synthesizeProject", () => {
  let root: string;
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("replaces the previous cdktf.out only once every stack is written", () => {
    root = tempProject(exampleFiles());
    fs.mkdirSync(path.join(root, "cdktf.out", "stacks", "retired"), { recursive: true });
    synthesizeProject({ root, environments });
    expect(fs.readdirSync(path.join(root, "cdktf.out", "stacks")).sort()).toEqual(["production", "sandbox"]);
    expect(fs.readdirSync(root).filter((name) => name.startsWith(".cdktf.out"))).toEqual([]);
  });

  test("`cdktf synth` after the stacks changed (an environment sharded) succeeds and leaves exactly the new stacks", () => {
    root = tempProject(exampleFiles());
    const synth = () =>
      spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "cdktf"), ["synth"], { cwd: root, encoding: "utf8", env: { ...process.env, CI: "1" } });
    expect(synth().status).toBe(0);
    const source = fs.readFileSync(path.join(root, "environments.ts"), "utf8");
    expect(source).toContain(SANDBOX_LOCAL_STATE);
    // environments.ts is a link to the project's own: replaced, not written through.
    fs.rmSync(path.join(root, "environments.ts"));
    fs.writeFileSync(path.join(root, "environments.ts"), withCustomerShards(source, 2));
    const sharded = synth();
    expect({ status: sharded.status, output: sharded.status === 0 ? "" : sharded.stdout + sharded.stderr }).toEqual({ status: 0, output: "" });
    expect(fs.readdirSync(path.join(root, "cdktf.out", "stacks")).sort()).toEqual(["production", "sandbox-base", "sandbox-customers-0", "sandbox-customers-1"]);
  });

  test("fails when writing the stacks fails half-way, leaving the previous cdktf.out as it was and no partial output", () => {
    root = tempProject(exampleFiles());
    const previous = path.join(root, "cdktf.out", "manifest.json");
    fs.mkdirSync(path.dirname(previous), { recursive: true });
    fs.writeFileSync(previous, '{"previous":true}');
    // cdktf fails after writing part of a stack, as on a full disk.
    jest.spyOn(App.prototype, "synth").mockImplementation(function (this: App) {
      fs.mkdirSync(path.join(this.outdir, "stacks", "sandbox"), { recursive: true });
      fs.writeFileSync(path.join(this.outdir, "stacks", "sandbox", "cdk.tf.json"), '{"resource": {');
      throw new Error("ENOSPC: no space left on device, write");
    });
    expect(() => synthesizeProject({ root, environments })).toThrow("ENOSPC: no space left on device, write");
    expect(fs.readdirSync(path.join(root, "cdktf.out"))).toEqual(["manifest.json"]);
    expect(fs.readFileSync(previous, "utf8")).toBe('{"previous":true}');
    expect(fs.readdirSync(root).filter((name) => name.startsWith(".cdktf.out"))).toEqual([]);
  });
});
