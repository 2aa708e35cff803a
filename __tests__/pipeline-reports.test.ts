/**
 * What the pipelines write on GitHub and GitLab: one review comment per environment per pull
 * (merge) request, updated in place through its hidden marker; one drift issue per environment,
 * opened, updated and closed; GitLab's Terraform report. The APIs are a stand-in kept in memory
 * here, answering the same requests the real ones would get.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { syncDriftIssue, driftIssueMain, driftIssueTitle, type DriftResult } from "../pipelines/drift-issue";
import type { UsageReport } from "../src/operations/key-usage";
import { gitHub, gitLab, type Fetch } from "../pipelines/forge";
import { gitLabTerraformReport, reviewBody, reviewCommentMain, reviewMarker, upsertReviewComment } from "../pipelines/review-comment";
import type { ReviewSummary } from "../src/review/review-summary";
import { UserError } from "../src/user-error";

const review = (environment: string, add = 1): ReviewSummary => ({
  environment,
  changes: add > 0,
  counts: { add, change: 2, destroy: 0 },
  customers:
    add > 0
      ? [
          {
            clientId: "acme-logistics",
            lifecycle: "added",
            suspended: false,
            reenabled: false,
            rotated: false,
            previousSecretGrace: undefined,
            tokenLifespan: undefined,
            detailsChanged: false,
            granted: {},
            revoked: {},
            servicesGranted: ["orders-api"],
            servicesRevoked: [],
            restored: [],
          },
        ]
      : [],
  services: [],
  warnings: [],
  authenticatorsRecorded: 0,
});

interface Item {
  id: number;
  number: number;
  iid: number;
  title?: string;
  body: string;
  description?: string;
  state: string;
  author: string;
}

/** An in-memory GitHub and GitLab: comments of pull request 7, issues of the project, each with its author. */
function standIn(identity: { github: string; gitlab: number }) {
  const comments: Item[] = [];
  const issues: Item[] = [];
  const requests: string[] = [];
  let next = 100;
  const add = (list: Item[], fields: Partial<Item>, author: string) => {
    const id = next++;
    list.push({ id, number: id, iid: id, body: "", state: "open", author, ...fields });
  };
  const fetchImpl: Fetch = async (url, init) => {
    const { pathname, searchParams } = new URL(url);
    requests.push(`${init.method} ${pathname}`);
    const body = init.body === undefined ? {} : (JSON.parse(init.body) as Record<string, string>);
    const reply = (value: unknown) => ({ ok: true, status: 200, text: async () => JSON.stringify(value) });
    const page = (list: unknown[]) => reply(Number(searchParams.get("page")) > 1 ? [] : list);
    let match: RegExpExecArray | null;
    // GitHub
    if (init.headers.Authorization !== undefined) {
      const asGitHub = (item: Item) => ({ id: item.id, number: item.number, title: item.title, body: item.body, user: { login: item.author } });
      if (init.method === "GET" && pathname === "/repos/o/r/issues/7/comments") return page(comments.map(asGitHub));
      if (init.method === "POST" && pathname === "/repos/o/r/issues/7/comments") return (add(comments, { body: body.body }, identity.github), reply({}));
      if (init.method === "PATCH" && (match = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(pathname)))
        return ((comments.find((c) => c.id === Number(match![1]))!.body = body.body!), reply({}));
      if (init.method === "GET" && pathname === "/repos/o/r/issues") return page(issues.filter((i) => i.state === "open").map(asGitHub));
      if (init.method === "POST" && pathname === "/repos/o/r/issues") return (add(issues, { title: body.title, body: body.body }, identity.github), reply({}));
      if (init.method === "POST" && /^\/repos\/o\/r\/issues\/\d+\/comments$/.test(pathname)) return reply({});
      if (init.method === "PATCH" && (match = /^\/repos\/o\/r\/issues\/(\d+)$/.exec(pathname))) {
        const issue = issues.find((i) => i.number === Number(match![1]))!;
        if (body.body !== undefined) issue.body = body.body;
        if (body.state === "closed") issue.state = "closed";
        return reply({});
      }
    } else {
      const asGitLab = (item: Item) => ({
        id: item.id,
        iid: item.iid,
        title: item.title,
        body: item.body,
        description: item.body,
        author: { id: Number(item.author) },
      });
      if (pathname === "/api/v4/user") return reply({ id: identity.gitlab });
      if (init.method === "GET" && pathname === "/api/v4/projects/42/merge_requests/7/notes") return page(comments.map(asGitLab));
      if (init.method === "POST" && pathname === "/api/v4/projects/42/merge_requests/7/notes")
        return (add(comments, { body: body.body }, String(identity.gitlab)), reply({}));
      if (init.method === "PUT" && (match = /^\/api\/v4\/projects\/42\/merge_requests\/7\/notes\/(\d+)$/.exec(pathname)))
        return ((comments.find((c) => c.id === Number(match![1]))!.body = body.body!), reply({}));
      if (init.method === "GET" && pathname === "/api/v4/projects/42/issues") return page(issues.filter((i) => i.state === "open").map(asGitLab));
      if (init.method === "POST" && pathname === "/api/v4/projects/42/issues")
        return (add(issues, { title: body.title, body: body.description }, String(identity.gitlab)), reply({}));
      if (init.method === "POST" && /^\/api\/v4\/projects\/42\/issues\/\d+\/notes$/.test(pathname)) return reply({});
      if (init.method === "PUT" && (match = /^\/api\/v4\/projects\/42\/issues\/(\d+)$/.exec(pathname))) {
        const issue = issues.find((i) => i.iid === Number(match![1]))!;
        if (body.description !== undefined) issue.body = body.description;
        if (body.state_event === "close") issue.state = "closed";
        return reply({});
      }
    }
    return { ok: false, status: 404, text: async () => `no ${init.method} ${pathname}` };
  };
  return { comments, issues, requests, fetchImpl, add };
}

const GITHUB_ENV = { GITHUB_ACTIONS: "true", GITHUB_API_URL: "https://api.github.test", GITHUB_REPOSITORY: "o/r", GH_TOKEN: "t", PULL_REQUEST: "7" };
const GITLAB_ENV = {
  GITLAB_CI: "true",
  CI_API_V4_URL: "https://gitlab.test/api/v4",
  CI_PROJECT_ID: "42",
  MERGE_REQUEST_IID: "7",
  GITLAB_REVIEW_TOKEN: "t",
  GITLAB_DRIFT_TOKEN: "t",
};

/** A usage report of customers with these findings. */
const usage = (findings: Record<string, string[]>): UsageReport => ({
  environment: "eu",
  windowDays: 30,
  dormantDays: 90,
  expiringDays: 30,
  retentionDays: 90,
  eventsRecorded: true,
  keys: Object.entries(findings).map(([clientId, found]) => ({
    clientId,
    lastToken: clientId === "globex-retail" ? undefined : "2026-08-01T10:00:00.000Z",
    tokens: 0,
    failures: 0,
    secretExpires: "2026-12-20T00:00:00.000Z",
    findings: found,
  })),
});

describe("the review comment", () => {
  test("starts with a hidden marker naming its environment, then each stack's review", () => {
    const body = reviewBody("eu", [review("eu-base"), review("eu-customers-0")]);
    expect(body.split("\n")[0]).toBe("<!-- keycloak-api-keys review: eu -->");
    expect(reviewMarker("production")).toBe("<!-- keycloak-api-keys review: production -->");
    expect(body.indexOf("`eu-base`")).toBeLessThan(body.indexOf("`eu-customers-0`"));
    expect(body).toContain("| `acme-logistics` |");
  });

  test("lists the keys whose secret expires soon or has, from the usage report, after the reviews", () => {
    const report = usage({
      "acme-logistics": ["dormant: no token for 124 days", "expires soon: in 17 days"],
      "globex-retail": ["never used in the last 90 days"],
      "initech-labs": ["expired: its secret gets no token; rotate it"],
    });
    const body = reviewBody("eu", [review("eu-base")], "", report);
    expect(body.slice(body.indexOf("### Keys whose secret"))).toBe(
      [
        "### Keys whose secret expires within 30 days, or has",
        "",
        "As Keycloak holds them before this plan (a key it rotates gets a new expiry): rotate each with `secretRotation` in its file, and hand the new secret over.",
        "",
        "| customer | findings | last token | secret expires |",
        "| --- | --- | --- | --- |",
        "| `acme-logistics` | expires soon: in 17 days | 2026-08-01T10:00:00.000Z | 2026-12-20T00:00:00.000Z |",
        "| `initech-labs` | expired: its secret gets no token; rotate it | 2026-08-01T10:00:00.000Z | 2026-12-20T00:00:00.000Z |",
        "",
      ].join("\n"),
    );
    expect(reviewBody("eu", [review("eu-base")], "", usage({ "globex-retail": ["never used in the last 90 days"] }))).not.toContain("### Keys");
  });

  test("refuses an environment name that could end the marker's HTML comment", () => {
    expect(() => reviewMarker("x -->")).toThrow(new UserError('--environment is an environment\'s name, not "x -->"'));
  });

  test("is cut short, saying so, before a forge would refuse it", () => {
    const big = {
      ...review("production"),
      customers: Array.from({ length: 3000 }, (_, i) => ({ ...review("production").customers[0]!, clientId: `customer-${i}` })),
    };
    const body = reviewBody("production", [big]);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain("the rest is in the pipeline job's summary");
  });

  describe.each([
    ["GitHub", (s: ReturnType<typeof standIn>) => gitHub(GITHUB_ENV, s.fetchImpl), { github: "github-actions[bot]", gitlab: 0 }, "someone"],
    ["GitLab", (s: ReturnType<typeof standIn>) => gitLab(GITLAB_ENV, s.fetchImpl, "GITLAB_REVIEW_TOKEN"), { github: "", gitlab: 5 }, "9"],
  ])("on %s", (_name, forgeOf, identity, stranger) => {
    test("is created once, then updated in place: one comment per environment however often the plan runs", async () => {
      const server = standIn(identity);
      const forge = forgeOf(server);
      expect(await upsertReviewComment(forge, "production", reviewBody("production", [review("production", 1)]))).toBe("created");
      expect(await upsertReviewComment(forge, "eu", reviewBody("eu", [review("eu-base", 1)]))).toBe("created");
      expect(await upsertReviewComment(forge, "production", reviewBody("production", [review("production", 3)]))).toBe("updated");
      expect(server.comments).toHaveLength(2);
      expect(server.comments[0]!.body).toContain("3 to add");
      expect(server.comments[1]!.body).toMatch(/^<!-- keycloak-api-keys review: eu -->/);
    });

    test("never takes over a comment someone else wrote with the marker", async () => {
      const server = standIn(identity);
      server.add(server.comments, { body: `${reviewMarker("production")}\nall fine, merge it` }, stranger);
      expect(await upsertReviewComment(forgeOf(server), "production", reviewBody("production", [review("production")]))).toBe("created");
      expect(server.comments.map((c) => c.body.split("\n")[1])).toEqual(["all fine, merge it", "### Keycloak API keys: `production`"]);
    });
  });

  test("the command line posts through the pipeline's own variables, and writes GitLab's Terraform report", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "review-comment-"));
    try {
      fs.writeFileSync(path.join(dir, "eu-base.json"), JSON.stringify(review("eu-base", 1)));
      fs.writeFileSync(path.join(dir, "eu-customers-0.json"), JSON.stringify({ ...review("eu-customers-0", 4), counts: { add: 4, change: 0, destroy: 1 } }));
      const server = standIn({ github: "", gitlab: 5 });
      let printed = "";
      const files = [path.join(dir, "eu-base.json"), path.join(dir, "eu-customers-0.json")];
      await reviewCommentMain(
        ["--environment", "eu", "--post", "--terraform-report", path.join(dir, "plan.json"), ...files],
        GITLAB_ENV,
        server.fetchImpl,
        (text) => (printed = text),
      );
      expect(server.comments.map((c) => c.body)).toEqual([printed]);
      expect(JSON.parse(fs.readFileSync(path.join(dir, "plan.json"), "utf8"))).toEqual({ create: 5, update: 2, delete: 1 });
      // Without the optional token, GitLab gets no note, and nothing fails.
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      const { GITLAB_REVIEW_TOKEN: _token, ...withoutToken } = GITLAB_ENV;
      await reviewCommentMain(["--environment", "eu", "--post", ...files], withoutToken, server.fetchImpl, () => undefined);
      expect(server.comments).toHaveLength(1);
    } finally {
      jest.restoreAllMocks();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("GitLab's Terraform report adds up every stack's counts", () => {
    expect(gitLabTerraformReport([review("a", 1), { ...review("b", 2), counts: { add: 2, change: 0, destroy: 3 } }])).toEqual({
      create: 3,
      update: 2,
      delete: 3,
    });
  });
});

describe("the drift issue", () => {
  const drifted: DriftResult[] = [
    { drift: false, review: null },
    { drift: true, review: review("eu-customers-1") },
  ];
  const clean: DriftResult[] = [
    { drift: false, review: null },
    { drift: false, review: null },
  ];

  describe.each([
    ["GitHub", (s: ReturnType<typeof standIn>) => gitHub(GITHUB_ENV, s.fetchImpl), { github: "github-actions[bot]", gitlab: 0 }],
    ["GitLab", (s: ReturnType<typeof standIn>) => gitLab(GITLAB_ENV, s.fetchImpl, "GITLAB_DRIFT_TOKEN"), { github: "", gitlab: 5 }],
  ])("on %s", (_name, forgeOf, identity) => {
    test("is opened naming the customers and settings, updated while drift lasts, closed when clean", async () => {
      const server = standIn(identity);
      const forge = forgeOf(server);
      expect(await syncDriftIssue(forge, "eu", clean)).toBe("none");
      expect(await syncDriftIssue(forge, "eu", drifted)).toBe("opened");
      expect(server.issues).toMatchObject([{ title: "Keycloak drift: eu", state: "open" }]);
      expect(server.issues[0]!.body).toContain("| `acme-logistics` |");
      expect(await syncDriftIssue(forge, "eu", drifted, "https://ci/run/2")).toBe("updated");
      expect(await syncDriftIssue(forge, "production", drifted)).toBe("opened");
      expect(server.issues.map((i) => i.title)).toEqual(["Keycloak drift: eu", "Keycloak drift: production"]);
      expect(server.issues[0]!.body).toContain("https://ci/run/2");
      expect(await syncDriftIssue(forge, "eu", clean)).toBe("closed");
      expect(server.issues.map((i) => i.state)).toEqual(["closed", "open"]);
    });
  });

  test("keys to act on keep the issue open, listed after the drift, with the job green; it closes once none is left", async () => {
    const server = standIn({ github: "github-actions[bot]", gitlab: 0 });
    const forge = gitHub(GITHUB_ENV, server.fetchImpl);
    const expiring = usage({ "acme-logistics": ["dormant: no token for 124 days", "expires soon: in 17 days"], "globex-retail": [], "initech-labs": [] });
    expect(await syncDriftIssue(forge, "eu", clean, "", expiring)).toBe("opened");
    expect(server.issues[0]!.body).toBe(
      [
        "Keycloak in `eu` matches the files.",
        "",
        "### Keys to act on (tokens over 30 days; dormant after 90 days; expiring within 30 days)",
        "",
        "Rotate an expired or expiring key (`secretRotation`) and hand it over; ask about, suspend or remove a key nobody uses.",
        "",
        "| customer | findings | last token | secret expires |",
        "| --- | --- | --- | --- |",
        "| `acme-logistics` | dormant: no token for 124 days; expires soon: in 17 days | 2026-08-01T10:00:00.000Z | 2026-12-20T00:00:00.000Z |",
        "",
      ].join("\n"),
    );
    expect(await syncDriftIssue(forge, "eu", drifted, "", expiring)).toBe("updated");
    const body = server.issues[0]!.body;
    // Once in the drift's review, once among the keys to act on.
    expect(body.split("| `acme-logistics` |")).toHaveLength(3);
    expect(body.indexOf("### Keys to act on")).toBeGreaterThan(body.indexOf("differs from the files"));
    expect(await syncDriftIssue(forge, "eu", clean, "", usage({ "acme-logistics": [], "globex-retail": [] }))).toBe("closed");
    expect(server.issues.map((i) => i.state)).toEqual(["closed"]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-issue-"));
    try {
      fs.writeFileSync(path.join(dir, "clean.json"), JSON.stringify(clean[0]));
      fs.writeFileSync(path.join(dir, "usage.json"), JSON.stringify(expiring));
      fs.writeFileSync(path.join(dir, "broken-usage.json"), "{}");
      jest.spyOn(console, "log").mockImplementation(() => undefined);
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      const main = (usageFile: string) =>
        driftIssueMain(["--environment", "eu", "--usage", path.join(dir, usageFile), path.join(dir, "clean.json")], GITHUB_ENV, server.fetchImpl);
      await expect(main("broken-usage.json")).rejects.toThrow(/broken-usage.json is not what `usage --json` prints/);
      await expect(main("usage.json")).resolves.toBe(false);
      expect(server.issues.map((i) => i.state)).toEqual(["closed", "open"]);
    } finally {
      jest.restoreAllMocks();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the command line fails on a drift check that printed no result, and exits 1 on drift", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-issue-"));
    try {
      fs.writeFileSync(path.join(dir, "broken.json"), "");
      fs.writeFileSync(path.join(dir, "drifted.json"), JSON.stringify(drifted[1]));
      const server = standIn({ github: "github-actions[bot]", gitlab: 0 });
      await expect(driftIssueMain(["--environment", "eu", path.join(dir, "broken.json")], GITHUB_ENV, server.fetchImpl)).rejects.toThrow(
        /the drift check failed/,
      );
      expect(server.requests).toEqual([]);
      jest.spyOn(console, "log").mockImplementation(() => undefined);
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      await expect(driftIssueMain(["--environment", "eu", path.join(dir, "drifted.json")], GITHUB_ENV, server.fetchImpl)).resolves.toBe(true);
      expect(server.issues.map((i) => i.title)).toEqual([driftIssueTitle("eu")]);
    } finally {
      jest.restoreAllMocks();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
