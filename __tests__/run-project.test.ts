import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { environments } from "../environments";
import { synthesizeProject } from "../src/run-project";
import { exampleFiles, tempProject } from "../scripts/temp-project";

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
