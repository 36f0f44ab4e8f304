/** Public API of study sessions (学习会): the session file, the combined deck, the issue number. */
export type * from './model';
export { SESSION_SUFFIX, MAX_MINUTES, isSessionPath } from './model';
export { parseSession, serializeSession, sessionMinutes, deckPathProblem } from './session-file';
export type { SessionParseResult } from './session-file';
export { sessionDeck, sessionParts, isSessionDeck, itemTitle, PART_ATTR, MINUTES_ATTR } from './session-deck';
export type { SessionDeckInput, SessionPart } from './session-deck';
export { nextIssue } from './issue-number';
export { addItem, removeItem, moveItem, setMinutes, setMeta, newSession } from './session-ops';
