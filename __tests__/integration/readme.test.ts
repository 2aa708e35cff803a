/**
 * The README is the test: its onboarding steps, followed word for word in a copy of the project
 * (copy a customer file, rename it, edit it, run the commands the README names in the order it
 * names them), leave the test suite green. The copy holds the fast set but for the slow CLI tests,
 * the docs' own checks and this one: it covers the snapshots and the inventory a new customer
 * changes. It needs no Keycloak, but it runs that set three times (six to eight minutes on two
 * cores), so it lives with the integration tests: `test:fast`, the pull-request loop, stays fast,
 * and so does every pipeline's test job, which runs `test:fast`.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, exampleFiles, tempProject } from "../../testkit/temp-project";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const README = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
/**
 * Tests the copy leaves out: the integration group (this one among them; `test:fast` skips it
 * anyway), the slow CLI ones, and the docs' checks, which read docs/ and the paths it names (the copy holds neither).
 */
const NOT_IN_COPY = ["integration", "main.test.ts", "readme.test.ts", "readme-tables.test.ts", "new-customer.test.ts", "cdktn-successor.test.ts"];

/** The text of onboarding step `n` ("1. ..." up to the next step). */
function step(n: number): string {
  const section = README.slice(README.indexOf("## Onboard a customer in a pull request"));
  const start = section.indexOf(`\n${n}. `);
  const end = section.indexOf(`\n${n + 1}. `, start);
  expect(start).toBeGreaterThan(0);
  return section.slice(start, end > 0 ? end : undefined);
}

function run(root: string, command: string) {
  const result = spawnSync(command, { cwd: root, shell: true, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the README's onboarding, word for word", () => {
  let root: string;
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test("adding a customer as the README says leaves the fast test set green", () => {
    // A copy of the project whose tests, snapshots and inventory the steps may change.
    root = tempProject(exampleFiles());
    fs.cpSync(path.join(PROJECT_ROOT, "__tests__"), path.join(root, "__tests__"), {
      recursive: true,
      filter: (source) => !NOT_IN_COPY.includes(path.basename(source)),
    });
    for (const file of ["README.md", "eslint.config.mjs", ".dependency-cruiser.cjs", ".prettierrc.json", ".prettierignore"]) {
      fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(root, file));
    }
    // The copy's tsconfig files are rewritten by this harness, not by a person: not the formatter's business.
    fs.appendFileSync(path.join(root, ".prettierignore"), "tsconfig.json\ntsconfig.app.json\n");
    const tsconfig = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.json"), "utf8"));
    tsconfig.compilerOptions.tsBuildInfoFile = "tsbuildinfo";
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify(tsconfig));

    // Step 1: copy a customer file to clients/<clientId>.ts and edit it, as the README's file shows.
    const [, template] = /```ts\n([\s\S]*?)```/.exec(step(1))!;
    const example = template!.replace(/^ {3}/gm, "");
    // A client id no file of the project has yet, whatever customers were onboarded before.
    let clientId = "umbrella-research";
    while (fs.existsSync(path.join(root, "clients", `${clientId}.ts`))) clientId = `${clientId}-x`;
    expect(example).toContain('clientId: "acme-logistics"');
    fs.copyFileSync(path.join(root, "clients", "acme-logistics.ts"), path.join(root, "clients", `${clientId}.ts`));
    fs.writeFileSync(
      path.join(root, "clients", `${clientId}.ts`),
      example
        .replace('clientId: "acme-logistics"', `clientId: "${clientId}"`)
        .replace('name: "Acme Logistics"', 'name: "Umbrella Research"')
        .replace("api-team@acme-logistics.example", "api@umbrella-research.example"),
    );

    // Step 2: the commands it names, in its order.
    const commands = [...step(2).matchAll(/`((?:npm|npx) [^`]+)`/g)].map((match) => match[1]);
    expect(commands).toEqual(["npm run test:fast", "npm run inventory", "npm run test:fast -- -u", "npm run test:fast"]);
    const [first, record, accept, last] = commands as [string, string, string, string];

    const failing = run(root, first);
    expect(failing.status).not.toBe(0);
    // "The snapshot test fails and shows the change": the new client, its scopes and its service account's roles.
    expect(failing.output).toContain(`"customers_${clientId}"`);
    expect(failing.output).toContain(`"customers_${clientId}_service-account-roles"`);

    for (const command of [record, accept]) {
      const result = run(root, command);
      expect({ command, status: result.status, output: result.status === 0 ? "" : result.output.slice(-4000) }).toEqual({
        command,
        status: 0,
        output: "",
      });
    }

    // "`npm run test:fast` is green again."
    const green = run(root, last);
    expect(green.output).toMatch(/Tests: +\d+ passed, \d+ total/);
    expect(green.status).toBe(0);
  });
});
