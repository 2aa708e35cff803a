import { spawnSync } from "node:child_process";
import { PROJECT_ROOT } from "../scripts/temp-project";

test("the committed bindings in .gen/ are what provider-schema/keycloak.json generates", () => {
  const result = spawnSync("npm", ["run", "--silent", "bindings", "--", "--check"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain(".gen/ matches provider-schema/keycloak.json");
  expect(result.status).toBe(0);
});
