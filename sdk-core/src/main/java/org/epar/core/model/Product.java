package org.epar.core.model;

import java.util.List;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * A product (单品) of the county.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the product's id; may be null
 * @param name the product's name; may be null
 * @param producer the producing enterprise or cooperative; may be null
 * @param villages villages that produce it (GD-BRAND-01)
 * @param certifications its certifications (HLJ-CERT-01)
 * @param brand id of its brand; may be null
 * @param developed whether it was developed by the programme (DM-PROD-01)
 * @param circulationStandard whether a circulation standard was set for it (DM-PROD-01)
 * @param traced whether it carries trace codes (CQ-TRACE-01)
 * @param mainProduct whether it is one of the county's main products (主要产品, CQ-TRACE-01); null when unknown
 * @param certificates its certificates with issuer and number (HLJ-CERT-01); {@code certifications} stays the set of types claimed
 * @since 0.1.0
 */
public record Product(
    @Nullable String id,
    @Nullable String name,
    @Nullable CreditCode producer,
    List<DivisionCode> villages,
    Set<CertificationType> certifications,
    @Nullable String brand,
    boolean developed,
    boolean circulationStandard,
    boolean traced,
    @Nullable Boolean mainProduct,
    List<Certificate> certificates) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Product {
    villages = Copies.list(villages);
    certifications = Copies.enumSet(certifications, CertificationType.class);
    certificates = Copies.list(certificates);
  }

  /**
   * The constructor without {@code mainProduct} and {@code certificates}, which are left unknown. Kept so that
   * code written against the earlier component list compiles.
   *
   * @param id see the record's {@code id}
   * @param name see the record's {@code name}
   * @param producer see the record's {@code producer}
   * @param villages see the record's {@code villages}
   * @param certifications see the record's {@code certifications}
   * @param brand see the record's {@code brand}
   * @param developed see the record's {@code developed}
   * @param circulationStandard see the record's {@code circulationStandard}
   * @param traced see the record's {@code traced}
   */
  public Product(
      @Nullable String id,
      @Nullable String name,
      @Nullable CreditCode producer,
      List<DivisionCode> villages,
      Set<CertificationType> certifications,
      @Nullable String brand,
      boolean developed,
      boolean circulationStandard,
      boolean traced) {
    this(
        id, name, producer, villages, certifications, brand, developed, circulationStandard,
        traced, null, null);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
