import type { CommandHandler } from '../respond';

// Filled in by the work on this command.
export const abRoleCommand: CommandHandler = () => {
  throw new Error('ab-role: not implemented yet');
};
