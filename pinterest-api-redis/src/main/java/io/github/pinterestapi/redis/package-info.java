/**
 * Many workers, one Pinterest app: rate limits and tokens shared through Redis, on Bucket4j and
 * Lettuce. {@link io.github.pinterestapi.redis.RedisFleet} is the entry point. JVM only.
 */
package io.github.pinterestapi.redis;
