/**
 * The small handwritten runtime that the generated interfaces and models use: Moshi adapters for
 * models, unions, open enums and date-times, {@link io.github.pinterestapi.v5.runtime.Page}, and
 * the {@link io.github.pinterestapi.v5.runtime.PinterestOperation} metadata.
 */
@NullMarked
package io.github.pinterestapi.v5.runtime;

import org.jspecify.annotations.NullMarked;
