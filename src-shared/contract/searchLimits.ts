/**
 * The longest text a search takes (Ctrl+K and every list's search box). Its own zod-free module:
 * the search boxes cap their typing with it, and they load with the board.
 */
export const SEARCH_TEXT_MAX_LENGTH = 200;
