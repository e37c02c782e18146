package org.epar.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the EPAR model: a shared, configured Jackson mapper and builders for variants.
 *
 * <p><b>Conventions</b> (the wire contract; see {@code docs/model.md}):
 *
 * <ul>
 *   <li><b>Names</b>: every property of every model record is {@code snake_case}
 *       ({@link PropertyNamingStrategies#SNAKE_CASE}): {@code registeredPoor} is {@code
 *       registered_poor}, {@code logisticsRoutes} is {@code logistics_routes}; digits do not start a
 *       new word, so {@code mobile4g} stays {@code mobile4g}.
 *   <li><b>Record type</b>: every record object carries {@code "type"} with its {@linkplain
 *       org.epar.core.model.RecordType#wireName() wire name} as its first property, e.g. {@code
 *       {"type":"household",...}}; {@code mapper().readValue(json, EparRecord.class)} reads any
 *       record. {@code Site.type()} is therefore {@code site_type}. Inside a {@code Dataset} list the
 *       {@code type} property is written too and optional on read.
 *   <li><b>Dates</b>: ISO-8601 strings ({@code "2018-03-15"}, {@code "2018-03-15T09:30:00+08:00"});
 *       an offset date-time keeps the offset it was written with.
 *   <li><b>Money</b>: a decimal string in yuan with two decimals, {@code "1500.00"}; read from such
 *       a string or from a JSON number with at most two decimals, anything else is an error.
 *   <li><b>Identifiers</b>: a JSON string of the raw text, valid or not, read back exactly.
 *   <li><b>Periods</b>: the period id, {@code "201803"}, {@code "2018Q1"}.
 *   <li><b>Enums</b>: the constant name, {@code "VILLAGE_STATION"}.
 *   <li><b>Absent values</b>: null properties are omitted on write; collections are always written
 *       (empty as {@code []}); a missing property reads as null, {@code 0}, {@code false} or an empty
 *       collection.
 *   <li><b>Unknown properties</b> are ignored on read (and not preserved).
 * </ul>
 *
 * <pre>{@code
 * String json = EparJson.mapper().writeValueAsString(village);
 * EparRecord back = EparJson.mapper().readValue(json, EparRecord.class);
 * }</pre>
 *
 * <p>The shared {@link #mapper()} must not be reconfigured; use {@link #builder()} or {@link
 * #newMapper()} for a variant. Mappers are thread-safe once built.
 *
 * @since 0.1.0
 */
public final class EparJson {

  private static final ObjectMapper SHARED = newMapper();

  private EparJson() {}

  /**
   * The shared mapper, configured with every convention above. Thread-safe; do not reconfigure it
   * (use {@link #builder()} instead).
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /**
   * A builder preconfigured with every convention, for callers who want to add modules or features.
   * Changing the naming, inclusion, date or type settings produces JSON that other EPAR parties will
   * not read.
   *
   * @return a new builder
   */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(module())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES);
  }

  /**
   * A new mapper with every convention, independent of the shared one.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return builder().build();
  }

  /**
   * A new {@link EparModule}: the codecs of the model's value types and the record-type property.
   *
   * @return the module
   */
  public static Module module() {
    return new EparModule();
  }
}
