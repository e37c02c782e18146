package org.epar.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import org.epar.core.id.Identifier;
import org.epar.core.money.Money;
import org.epar.core.money.MoneyFormatException;
import org.epar.core.period.PeriodFormatException;
import org.epar.core.period.ReportingPeriod;

/** Serializers and deserializers for the value types of sdk-core. */
public final class Codecs {

  /** What a malformed amount is told. */
  public static final String MONEY_PROBLEM =
      "expected an amount in yuan as a decimal string such as \"1500.00\" or a number with at most"
          + " 2 decimals";

  /** What a malformed period id is told. */
  public static final String PERIOD_PROBLEM =
      "expected a reporting period id: yyyyMMdd, yyyy'W'ww, yyyyMM, yyyy'Q'q or yyyy";

  private Codecs() {}

  /** Writes an identifier as its raw text. */
  public static final class IdentifierSerializer extends StdScalarSerializer<Identifier> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public IdentifierSerializer() {
      super(Identifier.class);
    }

    @Override
    public void serialize(Identifier value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.raw());
    }
  }

  /**
   * Reads an identifier from a JSON string (or an integer, whose digits are kept as written) with
   * its never-throwing {@code of(String)} factory, so invalid text round-trips exactly.
   *
   * @param <T> the identifier type
   */
  public static final class IdentifierDeserializer<T extends Identifier>
      extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> factory;
    private final String kind;

    /**
     * Creates the deserializer.
     *
     * @param type the identifier class
     * @param factory its {@code of(String)} factory
     */
    public IdentifierDeserializer(Class<T> type, Function<String, T> factory) {
      super(type);
      this.factory = factory;
      this.kind = type.getSimpleName();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
        return factory.apply(p.getText());
      }
      throw new SafeMismatchException(
          p, "expected a " + kind + " as a JSON string, found " + tokenName(t), handledType());
    }
  }

  /** Writes money as a two-decimal string, {@code "1500.00"}. */
  public static final class MoneySerializer extends StdScalarSerializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.format());
    }
  }

  /** Reads money from a decimal string, or from a JSON number with at most two decimals. */
  public static final class MoneyDeserializer extends StdScalarDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      try {
        if (t == JsonToken.VALUE_STRING) {
          return Money.parse(p.getText());
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          BigDecimal d = p.getDecimalValue();
          return Money.of(d);
        }
      } catch (MoneyFormatException | ArithmeticException | NumberFormatException e) {
        throw new SafeMismatchException(p, MONEY_PROBLEM, Money.class);
      }
      throw new SafeMismatchException(p, MONEY_PROBLEM + ", found " + tokenName(t), Money.class);
    }
  }

  /** Writes a reporting period as its id, {@code "201803"}. */
  public static final class PeriodSerializer extends StdScalarSerializer<ReportingPeriod> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public PeriodSerializer() {
      super(ReportingPeriod.class);
    }

    @Override
    public void serialize(ReportingPeriod value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.id());
    }
  }

  /** Reads a reporting period from its id. */
  public static final class PeriodDeserializer extends StdScalarDeserializer<ReportingPeriod> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public PeriodDeserializer() {
      super(ReportingPeriod.class);
    }

    @Override
    public ReportingPeriod deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
        try {
          return ReportingPeriod.parse(p.getText());
        } catch (PeriodFormatException e) {
          throw new SafeMismatchException(p, PERIOD_PROBLEM, ReportingPeriod.class);
        }
      }
      throw new SafeMismatchException(
          p, PERIOD_PROBLEM + ", found " + tokenName(t), ReportingPeriod.class);
    }
  }

  /**
   * A name for a token that never includes its value.
   *
   * @param t the token, may be null at end of input
   * @return e.g. {@code "a JSON object"}
   */
  public static String tokenName(@org.jspecify.annotations.Nullable JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    return switch (t) {
      case START_OBJECT -> "a JSON object";
      case START_ARRAY -> "a JSON array";
      case VALUE_STRING -> "a JSON string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
      case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
      case VALUE_NULL -> "null";
      default -> "an unexpected token";
    };
  }
}
