/**
 * The most services a word search lists. Beyond it a citizen is asked for more of the name:
 * paging through hundreds of services six at a time is no way to find one, and the search
 * then costs the same however big the catalogue grows (it stops counting at one more).
 */
export const MAX_SEARCH_MATCHES = 60;
