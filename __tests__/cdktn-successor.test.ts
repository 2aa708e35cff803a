/**
 * cdktf was archived by its vendor; `cdktn` is its community continuation with the same API
 * under a new package name. This test synthesizes the bundled example twice, once as it is and
 * once in a copy whose `cdktf` imports are swapped for `cdktn`, and holds every stack's
 * Terraform JSON equal but for the library version in the metadata. It fails when the code
 * reaches for something cdktn does not have, so moving stays an import rename.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { version as cdktfVersion } from "cdktf/package.json";
import { version as cdktnVersion } from "cdktn/package.json";
import { PROJECT_ROOT, exampleFiles, tempProject } from "../testkit/temp-project";
import { INTEGRATION_TEST_CEILING_MS } from "../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

/** `from "cdktf"`, `from 'cdktf'`, `from "cdktf/lib/..."`, `require("cdktf")`: the package, not words containing it. */
const CDKTF_IMPORT = /(\bfrom\s+|\brequire\(\s*|\bimport\(\s*)(["'])cdktf(\/[^"']*)?\2/g;

/** Copies `dir` to `to`, swapping cdktf imports for cdktn in TypeScript files; returns how many it swapped. */
function copySwappingImports(dir: string, to: string): number {
  let swapped = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      swapped += copySwappingImports(from, target);
    } else if (entry.name.endsWith(".ts")) {
      const source = fs.readFileSync(from, "utf8");
      const rewritten = source.replace(CDKTF_IMPORT, (_match, before: string, quote: string, subpath = "") => {
        swapped += 1;
        return `${before}${quote}cdktn${subpath}${quote}`;
      });
      fs.writeFileSync(target, rewritten);
    } else {
      fs.copyFileSync(from, target);
    }
  }
  return swapped;
}

/** Runs the app as `cdktf synth` does (`npm run app`: type-check, then main.ts) and returns every output file. */
function synthesize(root: string): Map<string, unknown> {
  const result = spawnSync("npm", ["run", "--silent", "app"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  if (result.status !== 0) throw new Error(`npm run app failed in ${root}:\n${result.stdout}\n${result.stderr}`);
  const outdir = path.join(root, "cdktf.out");
  const files = new Map<string, unknown>();
  files.set("manifest.json", JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")));
  for (const stack of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
    const file = `stacks/${stack}/cdk.tf.json`;
    files.set(file, JSON.parse(fs.readFileSync(path.join(outdir, file), "utf8")));
  }
  return files;
}

/** A copy of `json` with the library version of its metadata replaced by a marker, and the version it had. */
function withoutVersion(file: string, json: unknown): { json: unknown; version: unknown } {
  const copy = structuredClone(json) as { version?: unknown; "//"?: { metadata?: { version?: unknown } } };
  if (file === "manifest.json") {
    const version = copy.version;
    copy.version = "(library version)";
    return { json: copy, version };
  }
  const version = copy["//"]?.metadata?.version;
  copy["//"]!.metadata!.version = "(library version)";
  return { json: copy, version };
}

describe("synthesizing with cdktn, cdktf's successor", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

  test("gives the same Terraform JSON for every stack as cdktf, but for the version in the metadata", () => {
    const withCdktf = tempProject(exampleFiles());
    const withCdktn = tempProject(exampleFiles());
    roots.push(withCdktf, withCdktn);

    // The temporary project links src/, .gen/ and environments.ts; the cdktn copy gets its own, rewritten.
    let swapped = 0;
    for (const entry of ["src", ".gen"]) {
      fs.rmSync(path.join(withCdktn, entry));
      swapped += copySwappingImports(path.join(PROJECT_ROOT, entry), path.join(withCdktn, entry));
    }
    for (const file of ["main.ts", "environments.ts"]) {
      fs.rmSync(path.join(withCdktn, file));
      const source = fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
      fs.writeFileSync(path.join(withCdktn, file), source.replace(CDKTF_IMPORT, "$1$2cdktn$3$2"));
    }
    // The swap reached the app (src/run-project.ts) and the bindings, and left no cdktf import behind.
    expect(swapped).toBeGreaterThan(3);
    const leftovers = spawnSync("grep", ["-rlE", `(from|require\\()\\s*["']cdktf["'/]`, "src", ".gen", "main.ts", "environments.ts"], {
      cwd: withCdktn,
      encoding: "utf8",
    });
    expect(leftovers.stdout).toBe("");

    const expected = synthesize(withCdktf);
    const actual = synthesize(withCdktn);
    expect([...actual.keys()]).toEqual(["manifest.json", "stacks/production/cdk.tf.json", "stacks/sandbox/cdk.tf.json"]);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [file, json] of expected) {
      const before = withoutVersion(file, json);
      const after = withoutVersion(file, actual.get(file));
      // Each synthesis was made by the library it claims: the only difference allowed is this one.
      expect({ file, version: before.version }).toEqual({ file, version: cdktfVersion });
      expect({ file, version: after.version }).toEqual({ file, version: cdktnVersion });
      expect(after.json).toEqual(before.json);
    }
  });
});
