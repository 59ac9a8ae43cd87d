import type { CommandHandler } from '../respond';

// Filled in by the work on this command.
export const majorDecisionCommand: CommandHandler = () => {
  throw new Error('major-decision: not implemented yet');
};
