package org.epar.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A natural village (自然村) inside an administrative village, for 4G coverage (HN-NET-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param name the natural village's name; may be null
 * @param households number of households
 * @param mobile4g whether 4G covers it
 * @since 0.1.0
 */
public record NaturalVillage(@Nullable String name, int households, boolean mobile4g) {}
