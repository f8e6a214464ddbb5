/** The longest search a list accepts; a longer one in the URL is cut to this. */
export const MAX_SEARCH_LENGTH = 200;
