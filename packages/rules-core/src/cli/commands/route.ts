import type { CommandHandler } from '../respond';

// Filled in by the work on this command.
export const routeCommand: CommandHandler = () => {
  throw new Error('route: not implemented yet');
};
