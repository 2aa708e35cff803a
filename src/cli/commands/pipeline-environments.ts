import type { Command } from "commander";
import { pipelineChangeOf } from "../../operations/changed-stacks";
import { pipelineEnvironments, pipelineRunnerOf, type DeployPhase } from "../../operations/pipeline-environments";
import { loadEnvironments } from "../../operations/stack-workspace";

/** `pipeline-environments`: the environments a hosted pipeline deploys (PIPELINE_RUNNER=local: those a workstation deploys), as one line of JSON. */
export function pipelineEnvironmentsCommand(cli: Command): void {
  cli
    .command("pipeline-environments")
    .description("print, as JSON, the environments a hosted pipeline can reach, each with its engine and its stacks in deploy order")
    .option(
      "--since <commit>",
      "a push: only the stacks changed since the branch's previous commit (every stack if it is empty, all zeros, unknown or not an ancestor)",
    )
    .option("--merge-base <git rev>", "a merge request: only the stacks changed since the merge base with its target (every stack if unknown)")
    .option("--head <git rev>", "the commit deployed", "HEAD")
    .option(
      "--phase <phase>",
      "all stacks; base: each one-stack environment, or a sharded one's base; shards: one entry per shard, deployed after its base",
      "all",
    )
    .action((options: { since?: string; mergeBase?: string; head: string; phase: DeployPhase }) => {
      const root = process.cwd();
      const change = pipelineChangeOf(root, options);
      // Why every stack, on stderr: stdout stays the one line of JSON a GitHub job writes to $GITHUB_OUTPUT.
      if ("every" in change && (options.since !== undefined || options.mergeBase !== undefined)) console.error(`every stack: ${change.every}`);
      console.log(JSON.stringify(pipelineEnvironments(loadEnvironments(root), pipelineRunnerOf(process.env), { change, phase: options.phase })));
    });
}
