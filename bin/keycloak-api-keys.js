#!/usr/bin/env node
// The CLI's entry point: registers tsx (the project runs its TypeScript as it is), then runs src/cli/main.ts.
require("tsx/cjs");
require("../src/cli/main.ts");
