import * as fs from "node:fs";
import * as path from "node:path";
import { exampleFiles, tempProject } from "../testkit/temp-project";
import { synthesizeProject } from "../src/run-project";
import { DamagedStateError, restoreDamagedStates } from "../src/operations/state-files";
import { environments } from "../environments";

/** A deploy killed while Terraform rewrote the local state leaves it empty or cut short; `npm run recover` restores the backup. */
describe("restoreDamagedStates", () => {
  let root: string;
  const state = () => path.join(root, "state", "sandbox.tfstate");
  const backupContent = JSON.stringify({ version: 4, serial: 3, lineage: "l", outputs: {}, resources: [{ mode: "managed" }] });

  beforeEach(() => {
    root = tempProject(exampleFiles());
    fs.mkdirSync(path.join(root, "state"));
    fs.writeFileSync(`${state()}.backup`, backupContent);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test("an empty state file with a backup is restored from it", () => {
    fs.writeFileSync(state(), "");
    expect(restoreDamagedStates(root, "sandbox", environments.sandbox!)).toEqual({ restored: ["state/sandbox.tfstate"], unrestorable: [] });
    expect(fs.readFileSync(state(), "utf8")).toBe(backupContent);
  });

  test("a state file cut short mid-write is restored from the backup", () => {
    fs.writeFileSync(state(), backupContent.slice(0, 40));
    expect(restoreDamagedStates(root, "sandbox", environments.sandbox!)).toEqual({ restored: ["state/sandbox.tfstate"], unrestorable: [] });
    expect(fs.readFileSync(state(), "utf8")).toBe(backupContent);
  });

  test("a damaged state whose backup is damaged too is left for a person to look at", () => {
    fs.writeFileSync(`${state()}.backup`, "{");
    fs.writeFileSync(state(), "");
    expect(restoreDamagedStates(root, "sandbox", environments.sandbox!)).toEqual({
      restored: [],
      unrestorable: [{ environmentName: "sandbox", stackName: "sandbox", file: "state/sandbox.tfstate", damage: "empty", restorable: false }],
    });
    expect(fs.readFileSync(state(), "utf8")).toBe("");
  });

  test("a whole state, or none at all, is left alone", () => {
    expect(restoreDamagedStates(root, "sandbox", environments.sandbox!)).toEqual({ restored: [], unrestorable: [] });
    expect(fs.existsSync(state())).toBe(false);
    fs.writeFileSync(state(), '{"version":4}');
    expect(restoreDamagedStates(root, "sandbox", environments.sandbox!)).toEqual({ restored: [], unrestorable: [] });
    expect(fs.readFileSync(state(), "utf8")).toBe('{"version":4}');
  });
});

/** A deploy synthesizes first: with a damaged local state it stops there, before Terraform could plan everything anew. */
describe("synthesis with a damaged local state", () => {
  let root: string;
  const state = (name: string) => path.join(root, "state", name);

  beforeEach(() => {
    root = tempProject(exampleFiles());
    fs.mkdirSync(path.join(root, "state"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test("is refused, naming the file, the damage and the command that restores it; nothing is written", () => {
    fs.writeFileSync(state("sandbox.tfstate"), '{"version": 4, "resour');
    fs.writeFileSync(state("sandbox.tfstate.backup"), '{"version": 4}');
    expect(() => synthesizeProject({ root, environments, outdir: path.join(root, "cdktf.out") })).toThrow(
      new DamagedStateError([{ environmentName: "sandbox", stackName: "sandbox", file: "state/sandbox.tfstate", damage: "cut short", restorable: true }]),
    );
    expect(fs.existsSync(path.join(root, "cdktf.out"))).toBe(false);
  });

  test("without a whole backup, says to put back a copy of the state", () => {
    fs.writeFileSync(state("sandbox.tfstate"), "");
    expect(() => synthesizeProject({ root, environments, outdir: path.join(root, "cdktf.out") })).toThrow(
      "state/sandbox.tfstate: empty, as a deploy killed while Terraform rewrote it leaves it. state/sandbox.tfstate.backup is missing or damaged too",
    );
  });

  test("a whole state, even one without resources, synthesizes", () => {
    fs.writeFileSync(state("sandbox.tfstate"), JSON.stringify({ version: 4, serial: 3, lineage: "l", outputs: {}, resources: [] }));
    synthesizeProject({ root, environments, outdir: path.join(root, "cdktf.out") });
    expect(fs.existsSync(path.join(root, "cdktf.out", "stacks", "sandbox", "cdk.tf.json"))).toBe(true);
  });
});
