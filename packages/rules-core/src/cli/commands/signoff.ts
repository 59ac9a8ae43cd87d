import type { CommandHandler } from '../respond';

// Filled in by the work on this command.
export const signoffCommand: CommandHandler = () => {
  throw new Error('signoff: not implemented yet');
};
