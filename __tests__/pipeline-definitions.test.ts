/**
 * The ready pipeline definitions call the project's own commands: every `npm run` they use
 * exists, each step of the loop is there, apply waits for an approval, and one deploy runs per
 * environment at a time. (The pipelines themselves run on GitHub and GitLab; the commands they
 * call are what __tests__/integration/pipeline.test.ts runs against a real Keycloak.)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import packageJson from "../package.json";
import { PROJECT_ROOT } from "../scripts/temp-project";

type Yaml = Record<string, unknown>;

function load(file: string): Yaml {
  return parse(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8")) as Yaml;
}

/** Every `npm run <script>` in a parsed pipeline, by script name. */
function npmScripts(pipeline: unknown): string[] {
  const text = JSON.stringify(pipeline);
  return [...new Set([...text.matchAll(/npm run (?:--silent )?([a-z:-]+)/g)].map((match) => match[1]!))].sort();
}

const github = load(".github/workflows/keycloak-api-keys.yml");
const gitlab = load(".gitlab-ci.yml");

describe.each([
  ["GitHub Actions", github],
  ["GitLab CI", gitlab],
])("the %s pipeline", (_name, pipeline) => {
  test("calls only npm scripts the project has, and every step of the loop", () => {
    const used = npmScripts(pipeline);
    expect(used.filter((script) => !(script in packageJson.scripts))).toEqual([]);
    expect(used).toEqual(expect.arrayContaining(["apply", "drift", "plan", "test:fast"]));
  });

  test("writes no secret into the pipeline: credentials come from CI secrets or variables", () => {
    const text = JSON.stringify(pipeline);
    expect(text).not.toMatch(/KEYCLOAK_CLIENT_SECRET"?:\s*"[^$]/);
    expect(text).not.toMatch(/PLAN_PASSPHRASE"?:\s*"[^$]/);
  });
});

test("GitHub: apply runs on merge only, after the plan, behind the environment's approval, one per environment", () => {
  const jobs = github.jobs as Record<string, Yaml>;
  expect(jobs.apply).toMatchObject({
    if: "github.event_name == 'push'",
    needs: "plan",
    environment: "${{ matrix.environment }}",
    concurrency: { group: "keycloak-${{ matrix.environment }}", "cancel-in-progress": false },
  });
  expect(jobs.plan!.concurrency).toEqual(jobs.apply!.concurrency);
  expect(jobs.drift!.if).toContain("schedule");
});

test("GitLab: apply is manual on the default branch, after the plan, in the environment's resource group", () => {
  expect(gitlab.apply).toMatchObject({
    needs: ["plan"],
    environment: { name: "$ENVIRONMENT" },
    resource_group: "keycloak-$ENVIRONMENT",
    rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "push"', when: "manual" }],
  });
  expect((gitlab.drift as Yaml).rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
});
