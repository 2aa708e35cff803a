/**
 * Every command of the CLI, in the order `--help` lists them: a platform team's day first
 * (onboard, check, plan, apply, hand over), then the pipeline's and the operator's tools.
 */
import type { Command } from "commander";
import { applyCommand } from "./apply";
import { changeKindCommand } from "./change-kind";
import { changedStacksCommand } from "./changed-stacks";
import { driftCommand } from "./drift";
import { inventoryCommand } from "./inventory";
import { keyCommand } from "./key";
import { newCustomerCommand } from "./new-customer";
import { pipelineEnvironmentsCommand } from "./pipeline-environments";
import { planCommand } from "./plan";
import { recoverCommand } from "./recover";
import { reviewCommand } from "./review";
import { sealPlanCommand, unsealPlanCommand } from "./seal-plan";
import { shardStateCommand } from "./shard-state";
import { synthCommand } from "./synth";
import { usageCommand } from "./usage";

/** Adds one command to the program. */
export type CliCommand = (cli: Command) => void;

export const COMMANDS: readonly CliCommand[] = [
  newCustomerCommand,
  inventoryCommand,
  synthCommand,
  planCommand,
  reviewCommand,
  applyCommand,
  keyCommand,
  usageCommand,
  driftCommand,
  changeKindCommand,
  changedStacksCommand,
  pipelineEnvironmentsCommand,
  sealPlanCommand,
  unsealPlanCommand,
  recoverCommand,
  shardStateCommand,
];
