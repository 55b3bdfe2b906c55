package pl.opium.identity;

/**
 * Someone else set an account's password (the administrator, the department's desk): fired after the
 * change, so that its owner can be told by e-mail; the new password is never part of it.
 */
public record PasswordReset(String username, String firstName, String email) {
}
