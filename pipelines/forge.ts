/**
 * The little of GitHub's and GitLab's REST APIs the pipelines use to report: the comments (notes)
 * of one pull (merge) request, and the project's open issues. Only what the pipeline's own identity
 * wrote counts, so a comment or issue someone else writes, marker and all, is never taken over.
 * `fetch` is a parameter, so the tests run it against a stand-in server.
 */
import { UserError } from "../src/user-error";

/** The part of the global `fetch` used here. */
export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** A comment or an issue: its number and its text. */
export interface Post {
  readonly id: number;
  readonly body: string;
}

export interface Forge {
  /** The comments of the pull (merge) request that the pipeline's identity wrote, oldest first. */
  comments(): Promise<Post[]>;
  createComment(body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  /** The open issues titled exactly `title` that the pipeline's identity opened. */
  openIssues(title: string): Promise<Post[]>;
  createIssue(title: string, body: string): Promise<void>;
  updateIssue(id: number, body: string): Promise<void>;
  /** Adds `comment` to the issue and closes it. */
  closeIssue(id: number, comment: string): Promise<void>;
}

const PAGE = 100;

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new UserError(`${name} is not set`);
  return value;
}

function client(fetchImpl: Fetch, headers: Record<string, string>) {
  return async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetchImpl(url, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    // The URL names no secret; the response is the API's own error message.
    if (!response.ok) throw new UserError(`${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  };
}

/** Every page of a list, `PAGE` at a time. */
async function allPages<T>(page: (number: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let number = 1; ; number++) {
    const items = await page(number);
    all.push(...items);
    if (items.length < PAGE) return all;
  }
}

/**
 * GitHub, as a workflow's GITHUB_TOKEN (`GH_TOKEN`) on `GITHUB_REPOSITORY`; the pull request is
 * `PULL_REQUEST`. What that token writes is signed `github-actions[bot]`.
 */
export function gitHub(env: NodeJS.ProcessEnv, fetchImpl: Fetch): Forge {
  const api = `${env.GITHUB_API_URL ?? "https://api.github.com"}/repos/${required(env, "GITHUB_REPOSITORY")}`;
  const author = env.REPORT_AUTHOR ?? "github-actions[bot]";
  const call = client(fetchImpl, {
    Authorization: `Bearer ${required(env, "GH_TOKEN")}`,
    Accept: "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
  });
  type Item = { id: number; number: number; title: string; body: string | null; user: { login: string } | null; pull_request?: unknown };
  const ours = (item: Item) => item.user?.login === author;
  const pullRequest = () => required(env, "PULL_REQUEST");
  return {
    comments: async () =>
      (await allPages((page) => call<Item[]>("GET", `${api}/issues/${pullRequest()}/comments?per_page=${PAGE}&page=${page}`)))
        .filter(ours)
        .map((item) => ({ id: item.id, body: item.body ?? "" })),
    createComment: (body) => call("POST", `${api}/issues/${pullRequest()}/comments`, { body }),
    updateComment: (id, body) => call("PATCH", `${api}/issues/comments/${id}`, { body }),
    openIssues: async (title) =>
      (await allPages((page) => call<Item[]>("GET", `${api}/issues?state=open&creator=${encodeURIComponent(author)}&per_page=${PAGE}&page=${page}`)))
        .filter((item) => ours(item) && item.pull_request === undefined && item.title === title)
        .map((item) => ({ id: item.number, body: item.body ?? "" })),
    createIssue: (title, body) => call("POST", `${api}/issues`, { title, body }),
    updateIssue: (id, body) => call("PATCH", `${api}/issues/${id}`, { body }),
    closeIssue: async (id, comment) => {
      await call("POST", `${api}/issues/${id}/comments`, { body: comment });
      await call("PATCH", `${api}/issues/${id}`, { state: "closed", state_reason: "completed" });
    },
  };
}

/**
 * GitLab, as the token in `tokenVariable` (a project access token with the api scope) on
 * `CI_PROJECT_ID`; the merge request is `MERGE_REQUEST_IID`. What counts as the pipeline's is
 * what that token's user wrote.
 */
export function gitLab(env: NodeJS.ProcessEnv, fetchImpl: Fetch, tokenVariable: string): Forge {
  const api = `${required(env, "CI_API_V4_URL")}/projects/${encodeURIComponent(required(env, "CI_PROJECT_ID"))}`;
  const call = client(fetchImpl, { "PRIVATE-TOKEN": required(env, tokenVariable) });
  let me: Promise<number> | undefined;
  const self = () => (me ??= call<{ id: number }>("GET", `${required(env, "CI_API_V4_URL")}/user`).then((user) => user.id));
  type Note = { id: number; body: string; system?: boolean; author: { id: number } };
  type Issue = { iid: number; title: string; description: string | null; author: { id: number } };
  const notes = () => `${api}/merge_requests/${required(env, "MERGE_REQUEST_IID")}/notes`;
  return {
    comments: async () => {
      const id = await self();
      return (await allPages((page) => call<Note[]>("GET", `${notes()}?sort=asc&order_by=created_at&per_page=${PAGE}&page=${page}`)))
        .filter((note) => !note.system && note.author.id === id)
        .map((note) => ({ id: note.id, body: note.body }));
    },
    createComment: (body) => call("POST", notes(), { body }),
    updateComment: (id, body) => call("PUT", `${notes()}/${id}`, { body }),
    openIssues: async (title) => {
      const id = await self();
      return (
        await allPages((page) => call<Issue[]>("GET", `${api}/issues?state=opened&in=title&search=${encodeURIComponent(title)}&per_page=${PAGE}&page=${page}`))
      )
        .filter((issue) => issue.author.id === id && issue.title === title)
        .map((issue) => ({ id: issue.iid, body: issue.description ?? "" }));
    },
    createIssue: (title, body) => call("POST", `${api}/issues`, { title, description: body }),
    updateIssue: (id, body) => call("PUT", `${api}/issues/${id}`, { description: body }),
    closeIssue: async (id, comment) => {
      await call("POST", `${api}/issues/${id}/notes`, { body: comment });
      await call("PUT", `${api}/issues/${id}`, { state_event: "close" });
    },
  };
}

/**
 * The forge the pipeline runs on, from its own variables (GITHUB_ACTIONS, GITLAB_CI); on GitLab,
 * `undefined` when `gitLabTokenVariable` is not set, since reporting there is optional.
 */
export function forgeOfPipeline(env: NodeJS.ProcessEnv, fetchImpl: Fetch, gitLabTokenVariable: string): Forge | undefined {
  if (env.GITHUB_ACTIONS === "true") return gitHub(env, fetchImpl);
  if (env.GITLAB_CI === "true") return env[gitLabTokenVariable] ? gitLab(env, fetchImpl, gitLabTokenVariable) : undefined;
  throw new UserError("neither GitHub Actions (GITHUB_ACTIONS) nor GitLab CI (GITLAB_CI): nowhere to report to");
}
