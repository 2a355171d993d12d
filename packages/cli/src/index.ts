export { main, commands } from './lib/main.ts'
export { exitCodes, UsageError } from './lib/exit.ts'
export type { Command } from './lib/command.ts'
