/**
 * Signing a user in to Pinterest and keeping their token alive.
 *
 * <p>The flow: build an {@link io.github.pinterestapi.extras.oauth.AuthorizationUrl}, send the
 * user to it, read the code from the redirect ({@link io.github.pinterestapi.extras.oauth.RedirectUri}
 * on Android, {@link io.github.pinterestapi.extras.oauth.LoopbackRedirectReceiver} on a desktop),
 * exchange it with {@link io.github.pinterestapi.extras.oauth.OAuthClient}, save the
 * {@link io.github.pinterestapi.extras.oauth.Token} in a
 * {@link io.github.pinterestapi.extras.oauth.TokenStore}, and hand the store to
 * {@code Pinterest.builder().tokenStore(store).appCredentials(appId, appSecret)}: its
 * {@link io.github.pinterestapi.extras.oauth.RefreshingTokenProvider} and
 * {@link io.github.pinterestapi.extras.oauth.AccessTokenInterceptor} keep requests authorized.
 * Every failure is an unchecked {@link io.github.pinterestapi.errors.oauth.OAuthException} (a
 * {@code PinterestException});
 * {@link io.github.pinterestapi.errors.oauth.SignInRequiredException} means only the user can fix it.
 */
package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
