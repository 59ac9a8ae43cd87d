import type { CommandHandler } from '../respond';

// Filled in by the work on this command.
export const lifecycleCommand: CommandHandler = () => {
  throw new Error('lifecycle: not implemented yet');
};
