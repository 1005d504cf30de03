/**
 * One {@code main} per variant of the cold first call, each run in a fresh JVM by
 * {@code cold-start.sh}: from JVM start to the first decoded pin, so class loading, Retrofit
 * service creation and Moshi adapter creation are all inside the figure.
 */
package io.github.pinterestapi.benchmarks.cold;
