import * as fs from "node:fs";
import * as path from "node:path";
import { exampleFiles, tempProject } from "../scripts/temp-project";
import { restoreEmptiedStates } from "../src/commands/recover-orphans";

/** A deploy killed while Terraform rewrote the local state leaves it empty; `npm run recover` restores the backup. */
describe("restoreEmptiedStates", () => {
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
    expect(restoreEmptiedStates(root, "sandbox")).toEqual(["state/sandbox.tfstate"]);
    expect(fs.readFileSync(state(), "utf8")).toBe(backupContent);
  });

  test("a state with content, or none at all, is left alone", () => {
    expect(restoreEmptiedStates(root, "sandbox")).toEqual([]);
    expect(fs.existsSync(state())).toBe(false);
    fs.writeFileSync(state(), '{"version":4}');
    expect(restoreEmptiedStates(root, "sandbox")).toEqual([]);
    expect(fs.readFileSync(state(), "utf8")).toBe('{"version":4}');
  });
});
