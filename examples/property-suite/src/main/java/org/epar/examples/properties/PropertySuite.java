package org.epar.examples.properties;

import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.epar.core.json.EparJson;
import org.epar.core.model.EparRecord;
import org.epar.testkit.Identifiers;
import org.epar.testkit.Models;
import org.epar.validation.EparValidator;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.RuleSettings;

/**
 * A tester's property suite: for every input the testkit's generators can draw, the SDK must hold
 * these properties. QuickTheories draws the examples and, when one fails, shrinks it to the
 * smallest failing input and throws an {@link AssertionError} naming it (records and identifiers
 * print without personal data). Runs from {@code main} or inside any JUnit test.
 */
public final class PropertySuite {

  /** Examples drawn per property. */
  static final int EXAMPLES = 200;

  private PropertySuite() {}

  /**
   * Runs every property and exits with 0 when all hold.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.exit(run(System.out));
  }

  /**
   * Runs every property.
   *
   * @param out where to report each property
   * @return 0 when all hold
   * @throws AssertionError with the shrunk counterexample when one does not
   */
  static int run(PrintStream out) {
    check(
        out,
        "valid citizen identity numbers are valid",
        () ->
            qt().withExamples(EXAMPLES).forAll(Identifiers.citizenIds()).check(id -> id.isValid()));
    check(
        out,
        "invalid citizen identity numbers say why, and print masked",
        () ->
            qt().withExamples(EXAMPLES)
                .forAll(Identifiers.invalidCitizenIds())
                .check(
                    id ->
                        !id.problems().isEmpty()
                            && (id.raw().length() <= 8 || !id.toString().equals(id.raw()))));
    check(
        out,
        "valid credit codes are valid, invalid ones are not",
        () -> {
          qt().withExamples(EXAMPLES).forAll(Identifiers.creditCodes()).check(c -> c.isValid());
          qt().withExamples(EXAMPLES)
              .forAll(Identifiers.invalidCreditCodes())
              .check(c -> !c.isValid());
        });
    check(
        out,
        "every record survives a JSON round trip unchanged",
        () ->
            qt().withExamples(EXAMPLES)
                .forAll(Models.anyRecord())
                .check(r -> r.equals(roundTrip(r))));
    EparValidator integrity =
        EparValidator.builder()
            .profile(
                only(Profiles.builtIn("daming-2017"), "CORE-ID-01", "CORE-ID-02", "CORE-MONEY-01"))
            .parallelism(1)
            .build();
    check(
        out,
        "valid records break no identifier or money rule",
        () ->
            qt().withExamples(EXAMPLES)
                .forAll(Models.anyRecord())
                .check(r -> integrity.validate(java.util.List.of(r)).findings().isEmpty()));
    return 0;
  }

  private static void check(PrintStream out, String name, Runnable property) {
    property.run();
    out.println("ok   " + name);
  }

  private static EparRecord roundTrip(EparRecord r) {
    try {
      String json = EparJson.mapper().writeValueAsString(r);
      return EparJson.mapper().readValue(json, EparRecord.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A profile with only some of another's rules, as a tester narrows a suite to a concern. */
  static Profile only(Profile p, String... ids) {
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    for (String id : ids) {
      p.settings(id).ifPresent(s -> rules.put(id, s));
    }
    return new Profile(
        p.id() + "/subset", p.version(), p.nameEn(), p.nameZh(), p.document(), rules);
  }
}
