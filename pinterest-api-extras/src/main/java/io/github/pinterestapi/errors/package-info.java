/**
 * Every exception the client throws, all unchecked and named by what went wrong: the root
 * {@link io.github.pinterestapi.errors.PinterestException}, Pinterest's answers
 * ({@link io.github.pinterestapi.errors.PinterestApiException} and its kinds), I/O and decode
 * failures, and the workflows' (paging, media, reports). OAuth's are in
 * {@code io.github.pinterestapi.errors.oauth}.
 *
 * <pre>{@code
 * try { pinterest.pins().get(params); } catch (PinterestNotFoundException e) { … }
 * }</pre>
 */
package io.github.pinterestapi.errors;
