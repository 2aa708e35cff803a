#!/usr/bin/env node
/**
 * `keycloak-api-keys <command>`: the project's one command-line program. `--help` lists the
 * commands; `<command> --help` tells one. Run from the project root (npm scripts of the same names
 * are aliases: `npm run --silent plan -- sandbox` is `keycloak-api-keys plan sandbox`).
 */
import { runCli } from "./run-cli";

void runCli(process.argv.slice(2));
