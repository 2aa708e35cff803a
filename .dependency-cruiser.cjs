/**
 * Which way imports may point (`npm run deps`, the first step of `npm test` and `npm run
 * test:fast`). Arrows run one way: no module reaches itself through others; src/ is library code
 * that never imports the project's own files (environments.ts, clients/, scopes/), its tests or
 * tools; definitions/ are the types a customer, service or environment file is written in, and
 * import nothing but each other and the neutral modules below them.
 */

/** Modules every layer may import: they import nothing of the project but each other. */
const NEUTRAL = ["^src/problem\\.ts$", "^src/secret-looking\\.ts$", "^src/user-error\\.ts$", "^src/keycloak/", "^src/policy/rule-ids\\.ts$"];

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module must not reach itself through its imports: such circles decide load order by accident.",
      from: {},
      to: { circular: true },
    },
    {
      name: "src-not-upward",
      severity: "error",
      comment:
        "src/ is library code: it imports src/, node's own modules, packages and the generated provider bindings (.gen/), never the project's files, tests or tools.",
      from: { path: "^src/" },
      to: { dependencyTypes: ["local"], pathNot: ["^src/", "^\\.gen/"] },
    },
    {
      name: "definitions-are-leaves",
      severity: "error",
      comment: "A definition file imports only definitions and neutral modules, so customer files never pull in validation or policy.",
      from: { path: "^src/definitions/" },
      to: { dependencyTypes: ["local"], pathNot: ["^src/definitions/", ...NEUTRAL] },
    },
    {
      name: "neutral-modules-are-leaves",
      severity: "error",
      comment: "The neutral modules are imported by every layer, so they import no other part of the project.",
      from: { path: NEUTRAL },
      to: { path: "^src/", pathNot: NEUTRAL },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to no file is a typo or a missing package.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "^\\.gen/"] },
    exclude: { path: ["^cdktf\\.out/"] },
    tsPreCompilationDeps: true,
    // Paths as the project sees them: a copy of the project that links src/ (the tests make such
    // copies) is checked as itself, not as the folder the link points to.
    preserveSymlinks: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
