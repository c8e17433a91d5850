/** The server refuses shorter passwords (src/server/auth/password.ts); said here before sending. */
export const MIN_PASSWORD_LENGTH = 12;
