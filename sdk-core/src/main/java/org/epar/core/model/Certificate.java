package org.epar.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A certificate a product holds (三品一标 and others), with who issued it and its number (HLJ-CERT-01).
 *
 * <p>Immutable. A certificate number identifies a product or a producer, not a person.
 *
 * @param type what is certified; may be null
 * @param issuer the issuing body (发证机构); may be null
 * @param number the certificate number (证书编号); may be null
 * @since 0.1.0
 */
public record Certificate(
    @Nullable CertificationType type, @Nullable String issuer, @Nullable String number) {}
