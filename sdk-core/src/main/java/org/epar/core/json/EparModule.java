package org.epar.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.Identifier;
import org.epar.core.id.TraceCode;
import org.epar.core.json.internal.Codecs;
import org.epar.core.json.internal.Mixins;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.model.Site;
import org.epar.core.money.Money;
import org.epar.core.period.ReportingPeriod;

/**
 * The Jackson module of the EPAR model: codecs for identifiers, {@link Money} and {@link
 * ReportingPeriod}, and the {@code type} property that names each {@link EparRecord}.
 *
 * <p>It does not set the naming strategy, inclusion or java.time handling: those are mapper
 * settings, applied by {@link EparJson#builder()}. Register this module alone only if you know what
 * you are doing; a mapper that reads or writes EPAR JSON should come from {@link EparJson}.
 *
 * <ul>
 *   <li>{@link CitizenId}, {@link CreditCode}, {@link DivisionCode}, {@link TraceCode}: a JSON
 *       string of {@link Identifier#raw()}; read back with {@code of(String)}, so invalid text
 *       round-trips exactly;
 *   <li>{@link Money}: a decimal string in yuan, {@code "1500.00"}; read from such a string or from
 *       a JSON number with at most two decimals;
 *   <li>{@link ReportingPeriod}: its id, {@code "201803"};
 *   <li>{@link EparRecord}: a {@code type} property with the {@link RecordType#wireName()}, written
 *       first; {@link Site#type()} is written as {@code site_type} so as not to clash with it.
 * </ul>
 *
 * <p>Modules are configured once and then only read; sharing one is safe.
 *
 * @since 0.1.0
 */
public final class EparModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public EparModule() {
    super("EparModule", Version.unknownVersion());
    addSerializer(Identifier.class, new Codecs.IdentifierSerializer());
    addDeserializer(
        CitizenId.class, new Codecs.IdentifierDeserializer<>(CitizenId.class, CitizenId::of));
    addDeserializer(
        CreditCode.class, new Codecs.IdentifierDeserializer<>(CreditCode.class, CreditCode::of));
    addDeserializer(
        DivisionCode.class,
        new Codecs.IdentifierDeserializer<>(DivisionCode.class, DivisionCode::of));
    addDeserializer(
        TraceCode.class, new Codecs.IdentifierDeserializer<>(TraceCode.class, TraceCode::of));
    addSerializer(Money.class, new Codecs.MoneySerializer());
    addDeserializer(Money.class, new Codecs.MoneyDeserializer());
    addSerializer(ReportingPeriod.class, new Codecs.PeriodSerializer());
    addDeserializer(ReportingPeriod.class, new Codecs.PeriodDeserializer());
    setMixInAnnotation(EparRecord.class, Mixins.EparRecordMixin.class);
    setMixInAnnotation(Site.class, Mixins.SiteMixin.class);
    for (RecordType t : RecordType.values()) {
      registerSubtypes(new NamedType(t.javaType(), t.wireName()));
    }
  }
}
