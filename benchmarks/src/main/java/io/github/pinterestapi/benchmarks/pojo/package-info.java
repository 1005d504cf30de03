/**
 * Hand-written POJOs of the same shape as Pinterest's pin JSON: what a user writes instead of
 * using the binding. One set of classes carries Moshi's, Jackson's and Gson's name annotations,
 * so every baseline decodes into exactly the same shape. Media is one flat class (every field of
 * every media type), as users write it; our models pick the subtype by {@code media_type}.
 */
package io.github.pinterestapi.benchmarks.pojo;
