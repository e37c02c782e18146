package org.epar.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.id.TraceCode;
import org.epar.core.id.TraceScheme;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of identifiers: valid ones with real division structure and right check characters,
 * and invalid ones that {@code isValid()} rejects.
 *
 * <p>Area and division codes come from {@link DivisionRegistry#nbs2023()}. All generators are
 * stateless and thread-safe.
 *
 * <pre>{@code
 * qt().forAll(Identifiers.citizenIds()).check(CitizenId::isValid);
 * qt().forAll(Identifiers.invalidCreditCodes()).check(c -> !c.isValid());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Identifiers {

  /** Earliest birth date of a generated citizen. */
  static final LocalDate BORN_FROM = LocalDate.of(1930, 1, 1);

  /** Latest birth date of a generated citizen. */
  static final LocalDate BORN_TO = LocalDate.of(2010, 12, 31);

  private static final String TRACE_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String[] PRODUCT_WORDS = {
    "MILLET", "HONEY", "TEA", "APPLE", "PORK", "YAM", "GARLIC", "PEANUT", "JUJUBE", "SESAME", "EGG"
  };

  /** Registration authority and organisation type pairs of GB 32100 in use in rural programmes. */
  private static final String[] CREDIT_TYPES = {
    "91", "91", "91", "92", "93", "93", "N1", "N2", "N3", "51", "52", "53", "11", "12", "Y1"
  };

  private Identifiers() {}

  private static final class Areas {
    static final List<String> COUNTIES = counties();
    static final List<List<DivisionCode>> BY_LEVEL = byLevel();
    static final List<DivisionCode> TOWNSHIPS = BY_LEVEL.get(DivisionLevel.TOWNSHIP.ordinal());

    private static List<List<DivisionCode>> byLevel() {
      List<List<DivisionCode>> out = new ArrayList<>();
      for (DivisionLevel level : DivisionLevel.values()) {
        out.add(DivisionRegistry.nbs2023().codes(level));
      }
      return List.copyOf(out);
    }

    private static List<String> counties() {
      List<String> out = new ArrayList<>();
      for (DivisionCode c : DivisionRegistry.nbs2023().codes(DivisionLevel.COUNTY)) {
        out.add(c.value().substring(0, 6));
      }
      return List.copyOf(out);
    }
  }

  /** A real 6-digit county code of the NBS 2023 registry. */
  static String countyArea(RandomnessSource in) {
    return Draw.pick(in, Areas.COUNTIES);
  }

  /**
   * Valid 18-character citizen identity numbers: a real county area code, a birth date from
   * 1930-01-01 to 2010-12-31, a sequence of either sex, and the right check character.
   *
   * @return the generator
   */
  public static Gen<CitizenId> citizenIds() {
    return in -> citizenId(in, countyArea(in), BORN_FROM, BORN_TO);
  }

  /**
   * Valid citizen identity numbers of people registered in one county and born in a range.
   *
   * @param area6 the 6-digit area code, first digit 1-9
   * @param bornFrom the earliest birth date
   * @param bornTo the latest birth date, not in the future
   * @return the generator
   * @throws IllegalArgumentException if the area is not 6 digits starting 1-9 or the range is empty
   */
  public static Gen<CitizenId> citizenIds(String area6, LocalDate bornFrom, LocalDate bornTo) {
    Objects.requireNonNull(area6, "area6");
    if (!area6.matches("[1-9][0-9]{5}")) {
      throw new IllegalArgumentException("area6 must be 6 digits starting 1-9");
    }
    if (bornTo.isBefore(bornFrom)) {
      throw new IllegalArgumentException("bornTo is before bornFrom");
    }
    return in -> citizenId(in, area6, bornFrom, bornTo);
  }

  static CitizenId citizenId(RandomnessSource in, String area6, LocalDate from, LocalDate to) {
    LocalDate born = Draw.date(in, from, to);
    String body =
        area6
            + born.getYear()
            + Draw.pad(born.getMonthValue(), 2)
            + Draw.pad(born.getDayOfMonth(), 2)
            + Draw.digits(in, 3);
    return CitizenId.of(body + CitizenId.checkCharacter(body));
  }

  /**
   * Invalid citizen identity numbers, each rejected by {@link CitizenId#isValid()}: a wrong check
   * character, an impossible or future birth date, an area code starting with 0, a wrong length,
   * wrong characters, or blank text.
   *
   * @return the generator
   */
  public static Gen<CitizenId> invalidCitizenIds() {
    return in -> {
      String valid = citizenIds().generate(in).raw();
      String body = valid.substring(0, 17);
      return CitizenId.of(
          switch (Draw.between(in, 0, 7)) {
            case 0 -> body + otherThan(in, "0123456789X", valid.charAt(17));
            case 1 ->
                withCheck(
                    body.substring(0, 10) + Draw.pick(in, "13", "00", "19") + body.substring(12));
            case 2 ->
                withCheck(
                    body.substring(0, 10)
                        + Draw.pick(in, "0230", "0431", "0100", "0532", "1131")
                        + body.substring(14));
            case 3 ->
                withCheck(
                    body.substring(0, 6)
                        + Draw.pick(in, "2099", "2150", "1899")
                        + body.substring(10));
            case 4 -> withCheck("0" + body.substring(1));
            case 5 ->
                valid.substring(0, Draw.pick(in, 0, 1, 6, 14, 16, 17))
                    + (Draw.chance(in, 50) ? "" : valid + "1");
            case 6 ->
                body.substring(0, 8)
                    + Draw.pick(in, "A", "-", " ", "x", "一")
                    + body.substring(9)
                    + valid.charAt(17);
            default ->
                Draw.pick(
                    in, "", " ", "                  ", "not-an-id", "N/A", "??????????????????");
          });
    };
  }

  private static String withCheck(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  private static char otherThan(RandomnessSource in, String alphabet, char not) {
    String rest = alphabet.replace(String.valueOf(not), "");
    return rest.charAt(Draw.between(in, 0, rest.length() - 1));
  }

  /**
   * Valid unified social credit codes: registration authorities 9, N, 5, 1 and Y with matching
   * organisation types (e.g. {@code 91} enterprise, {@code 93} farmers' cooperative, {@code N2}
   * village collective), a real county area code, a body from the code's character set and the
   * right check character.
   *
   * @return the generator
   */
  public static Gen<CreditCode> creditCodes() {
    return in -> creditCode(in, Draw.pick(in, CREDIT_TYPES), countyArea(in));
  }

  /**
   * Valid credit codes of one authority/type registered in one area, e.g. enterprises ({@code 91})
   * of Daming ({@code 130425}).
   *
   * @param type the two-character authority and organisation type, e.g. {@code 91}
   * @param area6 the 6-digit area code of the registering authority
   * @return the generator
   * @throws IllegalArgumentException if the type or area does not have that shape
   */
  public static Gen<CreditCode> creditCodes(String type, String area6) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(area6, "area6");
    if (type.length() != 2
        || CreditCode.ALPHABET.indexOf(type.charAt(0)) < 1
        || CreditCode.ALPHABET.indexOf(type.charAt(1)) < 1) {
      throw new IllegalArgumentException("type must be two characters of the code's set, not 0");
    }
    if (!area6.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("area6 must be 6 digits");
    }
    return in -> creditCode(in, type, area6);
  }

  static CreditCode creditCode(RandomnessSource in, String type, String area6) {
    String body = type + area6 + Draw.chars(in, CreditCode.ALPHABET, 9);
    return CreditCode.of(body + CreditCode.checkCharacter(body));
  }

  /**
   * Invalid credit codes, each rejected by {@link CreditCode#isValid()}: a wrong check character,
   * an unknown authority or type {@code 0}, a letter in the area code, a character outside the set
   * (I, O, S, V, Z, lower case), a wrong length, or blank text.
   *
   * @return the generator
   */
  public static Gen<CreditCode> invalidCreditCodes() {
    return in -> {
      String valid = creditCodes().generate(in).raw();
      String body = valid.substring(0, 17);
      return CreditCode.of(
          switch (Draw.between(in, 0, 6)) {
            case 0 -> body + otherThan(in, CreditCode.ALPHABET, valid.charAt(17));
            case 1 -> {
              String b = Draw.pick(in, "0", "B", "C", "D", "E") + body.substring(1);
              yield b + CreditCode.checkCharacter(b);
            }
            case 2 -> {
              String b = body.charAt(0) + "0" + body.substring(2);
              yield b + CreditCode.checkCharacter(b);
            }
            case 3 -> {
              String b = body.substring(0, 4) + Draw.pick(in, "A", "K", "Y") + body.substring(5);
              yield b + CreditCode.checkCharacter(b);
            }
            case 4 ->
                body.substring(0, 10)
                    + Draw.pick(in, "I", "O", "S", "V", "Z", "a", "-", " ")
                    + body.substring(11)
                    + valid.charAt(17);
            case 5 ->
                valid.substring(0, Draw.pick(in, 1, 9, 15, 17))
                    + (Draw.chance(in, 50) ? "" : valid);
            default -> Draw.pick(in, "", " ", "none", "无");
          });
    };
  }

  /**
   * Valid division codes of a level, in 12-digit form. Provinces, cities, counties and townships
   * are real codes of the NBS 2023 registry; villages are a real township with a village segment
   * 001-599 (valid structure, not necessarily an existing village: see {@link #villagesOf}).
   *
   * @param level the level
   * @return the generator
   */
  public static Gen<DivisionCode> divisionCodes(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    if (level == DivisionLevel.VILLAGE) {
      return in -> {
        String township = Draw.pick(in, Areas.TOWNSHIPS).value().substring(0, 9);
        return DivisionCode.of(township + Draw.pad(Draw.between(in, 1, 599), 3));
      };
    }
    List<DivisionCode> codes = Areas.BY_LEVEL.get(level.ordinal());
    return in -> Draw.pick(in, codes);
  }

  /**
   * Invalid division codes, each rejected by {@link DivisionCode#isValid()}: a wrong length, a
   * non-digit, a segment out of range (province below 10, township or village above 599), a gap in
   * the hierarchy, or blank text.
   *
   * @return the generator
   */
  public static Gen<DivisionCode> invalidDivisionCodes() {
    return in -> {
      String v = divisionCodes(DivisionLevel.VILLAGE).generate(in).value();
      return DivisionCode.of(
          switch (Draw.between(in, 0, 6)) {
            case 0 -> v.substring(0, Draw.pick(in, 1, 5, 8, 11)) + (Draw.chance(in, 50) ? "" : v);
            case 1 -> v.substring(0, 7) + Draw.pick(in, "a", "-", " ", "O") + v.substring(8);
            case 2 -> v.substring(0, 9) + Draw.pick(in, "600", "799", "999");
            case 3 -> v.substring(0, 6) + Draw.pick(in, "600", "800", "999") + v.substring(9);
            case 4 -> Draw.pick(in, "00", "01", "09", "90", "99") + v.substring(2);
            case 5 -> v.substring(0, 6) + "000" + Draw.pad(Draw.between(in, 1, 599), 3);
            default -> Draw.pick(in, "", " ", "大名县", "N/A");
          });
    };
  }

  /**
   * Real villages of a county, picked from a registry loaded with villages (see {@link
   * DivisionRegistry#withVillages(java.nio.file.Path)} and {@link Counties#damingRegistry()}).
   *
   * @param registry a registry that knows the county's villages
   * @param county the county
   * @return the generator
   * @throws IllegalArgumentException if the registry knows no village of the county
   */
  public static Gen<DivisionCode> villagesOf(DivisionRegistry registry, DivisionCode county) {
    List<DivisionCode> villages = villageList(registry, county);
    return in -> Draw.pick(in, villages);
  }

  static List<DivisionCode> villageList(DivisionRegistry registry, DivisionCode county) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(county, "county");
    List<DivisionCode> villages = new ArrayList<>();
    for (DivisionCode township : registry.children(county)) {
      villages.addAll(registry.children(township));
    }
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("the registry knows no village of county " + county.raw());
    }
    return List.copyOf(villages);
  }

  /**
   * Valid trace codes of a scheme: GTINs with the right GS1 check digit, or programme codes built
   * by {@link TraceCode#product}, {@link TraceCode#village} and {@link TraceCode#householdProduct}
   * from valid credit codes and village codes.
   *
   * @param scheme the scheme
   * @return the generator
   */
  public static Gen<TraceCode> traceCodes(TraceScheme scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return switch (scheme) {
      case GTIN -> gtins();
      case PRODUCT -> in -> TraceCode.product(creditCodes().generate(in), productPart(in));
      case VILLAGE -> in -> TraceCode.village(village12(in), productPart(in));
      case HOUSEHOLD_PRODUCT ->
          in -> TraceCode.householdProduct(village12(in), householdPart(in), productPart(in));
    };
  }

  /**
   * Valid trace codes of any scheme.
   *
   * @return the generator
   */
  public static Gen<TraceCode> traceCodes() {
    return in -> traceCodes(Draw.pick(in, TraceScheme.class)).generate(in);
  }

  private static String village12(RandomnessSource in) {
    return divisionCodes(DivisionLevel.VILLAGE).generate(in).value();
  }

  static String productPart(RandomnessSource in) {
    return Draw.pick(in, PRODUCT_WORDS)
        + (2016 + Draw.between(in, 0, 4))
        + Draw.chars(in, "ABCDEFGH", 1);
  }

  static String householdPart(RandomnessSource in) {
    return "HH" + Draw.pad(Draw.between(in, 1, 9999), 4);
  }

  /**
   * Invalid trace codes, each rejected by {@link TraceCode#isValid()}: a wrong check character or
   * check digit, an unknown scheme letter, a lower-case or foreign character, a missing part, a bad
   * GTIN length, or blank text.
   *
   * @return the generator
   */
  public static Gen<TraceCode> invalidTraceCodes() {
    return in -> {
      String valid = traceCodes().generate(in).raw();
      int n = valid.length();
      boolean gtin = Character.isDigit(valid.charAt(0));
      return TraceCode.of(
          switch (Draw.between(in, 0, 5)) {
            case 0 ->
                valid.substring(0, n - 1)
                    + otherThan(in, gtin ? "0123456789" : TRACE_ALPHANUMERIC, valid.charAt(n - 1));
            case 1 -> gtin ? valid + "000" : Draw.pick(in, "X", "Q", "p") + valid.substring(1);
            case 2 ->
                gtin
                    ? valid.substring(0, 3) + "A" + valid.substring(4)
                    : valid.toLowerCase(java.util.Locale.ROOT);
            case 3 -> gtin ? valid.substring(0, 5) : valid.substring(0, valid.lastIndexOf('-'));
            case 4 -> valid.substring(0, n - 1) + "一";
            default -> Draw.pick(in, "", " ", "-", "P-", "V--");
          });
    };
  }

  /**
   * Valid GTINs (GS1 商品条码) of 8, 12, 13 or 14 digits with the right check digit; GTIN-13s mostly
   * carry a Chinese GS1 prefix 690-699.
   *
   * @return the generator
   */
  public static Gen<TraceCode> gtins() {
    return in -> {
      String body =
          switch (Draw.between(in, 0, 5)) {
            case 0 -> Draw.digits(in, 7);
            case 1 -> Draw.digits(in, 11);
            case 2 -> Draw.digits(in, 13);
            default -> "69" + Draw.between(in, 0, 9) + Draw.digits(in, 9);
          };
      return TraceCode.gtin(body + TraceCode.gs1CheckDigit(body));
    };
  }
}
