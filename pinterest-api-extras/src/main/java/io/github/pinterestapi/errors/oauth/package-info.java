/**
 * The OAuth exceptions: {@link io.github.pinterestapi.errors.oauth.OAuthException} and its kinds,
 * such as {@link io.github.pinterestapi.errors.oauth.SignInRequiredException} when no usable grant
 * is left.
 *
 * <pre>{@code
 * try { pinterest.userAccount().get(); } catch (SignInRequiredException e) { startSignIn(); }
 * }</pre>
 */
package io.github.pinterestapi.errors.oauth;
