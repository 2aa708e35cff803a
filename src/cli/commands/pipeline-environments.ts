import type { Command } from "commander";
import { pipelineEnvironments, pipelineRunnerOf } from "../../operations/pipeline-environments";
import { loadEnvironments } from "../../operations/stack-workspace";

/** `pipeline-environments`: the environments a hosted pipeline deploys (PIPELINE_RUNNER=local: those a workstation deploys), as one line of JSON. */
export function pipelineEnvironmentsCommand(cli: Command): void {
  cli
    .command("pipeline-environments")
    .description("print, as JSON, the environments a hosted pipeline can reach, each with its engine and its stacks in deploy order")
    .action(() => {
      // One line: a GitHub job writes it to $GITHUB_OUTPUT as it is.
      console.log(JSON.stringify(pipelineEnvironments(loadEnvironments(process.cwd()), pipelineRunnerOf(process.env))));
    });
}
