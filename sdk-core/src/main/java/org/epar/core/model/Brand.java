package org.epar.core.model;

import org.epar.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A brand (品牌).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the brand's id; may be null
 * @param name the brand's name; may be null
 * @param kind the kind of brand; may be null
 * @param county the county that owns it; may be null
 * @param product id of the product it is built on (GD-BRAND-01); may be null
 * @since 0.1.0
 */
public record Brand(
    @Nullable String id,
    @Nullable String name,
    @Nullable BrandKind kind,
    @Nullable DivisionCode county,
    @Nullable String product)
    implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
