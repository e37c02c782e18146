package org.epar.core.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.epar.core.model.SiteType;

/** Jackson mix-ins, so the model itself carries no Jackson annotations. */
public final class Mixins {

  /** The property of an NDJSON line (and of every record object) that names the record type. */
  public static final String TYPE_PROPERTY = "type";

  private Mixins() {}

  /** On {@code EparRecord}: the record type is the {@code type} property, written first. */
  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.PROPERTY,
      property = TYPE_PROPERTY)
  public interface EparRecordMixin {}

  /**
   * On {@code Site}: its {@code type} component would clash with the record-type property, so it is
   * {@code site_type} on the wire.
   */
  public abstract static class SiteMixin {
    /**
     * The site type.
     *
     * @return the site type
     */
    @JsonProperty("site_type")
    public abstract SiteType type();
  }
}
