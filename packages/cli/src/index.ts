/** @guide-forms/cli — the `guide-forms` command as a library (for tests and scripts). */
export { COMMANDS, type Command } from './commands/index.js';
export { ruleTableMarkdown } from './docs/rule-table.js';
export { listedYears, ruleTablesMarkdown, type SeriesTables, seriesTables } from './docs/rule-tables.js';
export { EXIT, type Io, UsageError } from './io.js';
export { main } from './main.js';
