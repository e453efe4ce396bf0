// The password rules, shared by the server that enforces them and the pages that state them.
export const MIN_PASSWORD_LENGTH = 8;
/** Generous, so passphrases fit; the bound only keeps hashing cost in check. */
export const MAX_PASSWORD_LENGTH = 1024;
