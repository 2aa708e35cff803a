import type { EnvironmentDefinition } from "../../definitions/environment";
import { problemIn, type Problem } from "../problem";
import type { Rule } from "../rule";

/** Environment names become stack names and directories: slugs. Realm names become URL segments. */
const ENVIRONMENT_NAME_PATTERN = /^[a-z][a-z0-9-]*$/;
const REALM_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Each environment names a reachable Keycloak URL, a realm, and a state backend. */
export const environmentDefinitions: Rule = {
  id: "environment-definitions",
  description:
    "An environment has a slug name, an http(s) Keycloak URL without /auth, a realm name, and a relative local state path or a complete S3 backend.",
  check: (catalog) => {
    const entries = Object.entries(catalog.environments);
    if (entries.length === 0) {
      return [problemIn(environmentDefinitions.id, catalog.environmentsFile)("environments", {}, "must declare at least one environment")];
    }
    return entries.flatMap(([name, environment]) => environmentProblems(catalog.environmentsFile, name, environment));
  },
};

function environmentProblems(file: string, name: string, environment: EnvironmentDefinition): Problem[] {
  const problems: Problem[] = [];
  const problemInFile = problemIn(environmentDefinitions.id, file);
  const problem = (field: string, value: unknown, rule: string) => problems.push(problemInFile(`${name}.${field}`, value, rule));

  if (!ENVIRONMENT_NAME_PATTERN.test(name)) {
    problems.push(
      problemInFile(name, name, "an environment name must be lowercase letters, digits and hyphens, starting with a letter"),
    );
  }
  if (!isHttpUrl(environment.keycloakUrl)) {
    problem("keycloakUrl", environment.keycloakUrl, "must be an http:// or https:// URL");
  } else if (/\/auth\/?$/.test(environment.keycloakUrl)) {
    problem("keycloakUrl", environment.keycloakUrl, "must not end in /auth: Keycloak 17+ serves without it");
  }
  if (typeof environment.realm?.name !== "string" || !REALM_NAME_PATTERN.test(environment.realm.name)) {
    problem("realm.name", environment.realm?.name, "must be letters, digits, '.', '_' or '-'");
  } else if (environment.realm.name === "master") {
    problem("realm.name", environment.realm.name, "must not be the master realm: keep customers out of the admin realm");
  }
  if (typeof environment.realm?.create !== "boolean") {
    problem("realm.create", environment.realm?.create, "must be true (the stack creates the realm) or false (it exists)");
  }
  const state = environment.state;
  if (state?.backend === "local") {
    if (typeof state.path !== "string" || state.path === "" || state.path.startsWith("/")) {
      problem("state.path", state.path, "must be a path relative to the project root");
    }
  } else if (state?.backend === "s3") {
    for (const key of ["bucket", "key", "region"] as const) {
      if (typeof state[key] !== "string" || state[key] === "") problem(`state.${key}`, state[key], "must be non-empty");
    }
  } else {
    problem("state.backend", (state as { backend?: unknown } | undefined)?.backend, 'must be "local" or "s3"');
  }
  return problems;
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
