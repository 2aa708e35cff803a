import type { Command } from "commander";
import { changedFiles, stacksTouchedBy } from "../../operations/changed-stacks";
import { loadEnvironment } from "../../operations/stack-workspace";

/** `changed-stacks <environment> <git-ref>`: the stacks a change touches, one a line. */
export function changedStacksCommand(cli: Command): void {
  cli
    .command("changed-stacks")
    .description("list the stacks of an environment that the changes since a git ref touch, in deploy order")
    .argument("<environment>", "an environment of environments.ts")
    .argument("<git-ref>", "what the change is compared with, e.g. origin/main")
    .action((environmentName: string, baseRef: string) => {
      const root = process.cwd();
      const { environment } = loadEnvironment(root, environmentName);
      for (const stack of stacksTouchedBy(environmentName, environment, changedFiles(root, baseRef))) console.log(stack);
    });
}
