/**
 * Helpers shared by the client's packages (redaction of secrets in text); not for users, and
 * free to change in any release.
 *
 * <pre>{@code
 * String safe = Redactor.body(text, type);
 * }</pre>
 */
package io.github.pinterestapi.internal;
