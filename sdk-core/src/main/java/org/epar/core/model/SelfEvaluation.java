package org.epar.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A county's performance self-evaluation (DM-FUND-07): each part is a text, null when missing.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param implementation how the project was implemented; may be null
 * @param fundInputAndUse fund input and use; may be null
 * @param systems systems set up; may be null
 * @param targetCompletion target completion; may be null
 * @param fundReporting fund reporting; may be null
 * @since 0.1.0
 */
public record SelfEvaluation(
    @Nullable String implementation,
    @Nullable String fundInputAndUse,
    @Nullable String systems,
    @Nullable String targetCompletion,
    @Nullable String fundReporting) {}
