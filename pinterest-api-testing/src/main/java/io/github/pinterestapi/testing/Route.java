package io.github.pinterestapi.testing;

/** Serves one Pinterest operation; runs under the {@link FakeState} lock. */
@FunctionalInterface
interface Route {
  Reply handle(Exchange exchange);
}
