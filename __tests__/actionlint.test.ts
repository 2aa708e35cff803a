/**
 * The GitHub Actions workflow passes actionlint (expressions, contexts, permissions, action
 * inputs, and the shell of every `run:` through shellcheck where it is installed), run the one
 * way a person runs it: tools/actionlint.sh, which installs the pinned actionlint into the tool
 * cache the first time (with Go; about 45 s on two cores, then well under a second).
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { PROJECT_ROOT } from "../testkit/temp-project";

// It needs Go the first time: GitLab's test job (a node image without Go) leaves this file out
// by name, since the workflow it lints is GitHub's.
test("the workflow passes actionlint", () => {
  const result = spawnSync(path.join(PROJECT_ROOT, "tools", "actionlint.sh"), [], { encoding: "utf8" });
  expect({ status: result.status, findings: result.stdout }).toEqual({ status: 0, findings: "" });
}, 300_000);
