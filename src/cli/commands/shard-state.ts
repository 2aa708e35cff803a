import type { Command } from "commander";
import { shardState } from "../../operations/shard-state";

/** `shard-state <environment>`: moves resources between an environment's states to match its shards. */
export function shardStateCommand(cli: Command): void {
  cli
    .command("shard-state")
    .description("move resources between an environment's states to match its customerShards, without touching Keycloak")
    .argument("<environment>", "an environment of environments.ts")
    .action((environment: string) => {
      const moved = shardState(process.cwd(), environment);
      if (moved.length === 0) {
        console.log(`nothing to move: the states of ${environment} already match its customerShards`);
        return;
      }
      console.log("| state of | resources before | resources after | customers after |\n|---|---:|---:|---:|");
      for (const state of moved) console.log(`| ${state.stack} | ${state.resourcesBefore} | ${state.resourcesAfter} | ${state.customersAfter} |`);
      console.log(`\nmoved; now deploy every stack of ${environment} (npx cdktf deploy '${environment}-*'), which should change nothing`);
    });
}
