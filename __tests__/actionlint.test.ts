/**
 * The GitHub Actions workflow passes actionlint (expressions, contexts, permissions, action
 * inputs, and the shell of every `run:` through shellcheck where it is installed), run the one
 * way a person runs it: tools/actionlint.sh, which installs the pinned actionlint into the tool
 * cache the first time (with Go; about 45 s on two cores, then well under a second).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT_ROOT } from "../testkit/temp-project";

const CACHE = process.env.KEYCLOAK_API_KEYS_CACHE ?? path.join(os.homedir(), ".cache", "keycloak-api-keys");
const installed = fs.existsSync(path.join(CACHE, "tools", "actionlint"));
const hasGo = spawnSync("go", ["version"]).status === 0;

// Without Go and without an installed actionlint (GitLab's node image) there is nothing to run it with.
(installed || hasGo ? test : test.skip)(
  "the workflow passes actionlint",
  () => {
    const result = spawnSync(path.join(PROJECT_ROOT, "tools", "actionlint.sh"), [], { encoding: "utf8" });
    expect({ status: result.status, findings: result.stdout }).toEqual({ status: 0, findings: "" });
  },
  300_000,
);
