import type { Command } from "commander";
import { adoptOrphans } from "../../operations/recover-orphans";
import { loadEnvironment } from "../../operations/stack-workspace";
import { DamagedStateError, restoreDamagedStates } from "../../operations/state-files";

/** `recover <environment>`: after a deploy died midway, restore a damaged state and adopt orphaned clients. */
export function recoverCommand(cli: Command): void {
  cli
    .command("recover")
    .description("after a deploy died midway: restore a damaged local state from its backup, adopt clients Keycloak has and the state lost")
    .argument("<environment>", "an environment of environments.ts")
    .action(async (environmentName: string) => {
      const root = process.cwd();
      const { environment } = loadEnvironment(root, environmentName);
      const { restored, unrestorable } = restoreDamagedStates(root, environmentName, environment);
      for (const file of restored) console.log(`restored ${file} from ${file}.backup: a killed deploy had left it empty or cut short`);
      if (unrestorable.length > 0) throw new DamagedStateError(unrestorable);
      const adopted = await adoptOrphans(root, environmentName);
      console.log(
        adopted.length === 0
          ? `nothing to recover in ${environmentName}: every declared client is in the state or not in Keycloak`
          : `recovered into the state of ${environmentName}: ${adopted.join(", ")}; deploy again`,
      );
    });
}
