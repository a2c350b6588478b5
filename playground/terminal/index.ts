/** The terminal's public surface for the UI: a session over the page's engine and its line editor. */
export { TerminalSession, createTerminalSession, CLEAR_SCREEN } from './terminalSession';
export type { CommandResult } from './result';
export { LineEditor, crlf, type LineEditorHost } from './lineEditor';
export { CommandHistory } from './history';
export { PLATFORM_IDS, type PlatformId } from './device/platform';
