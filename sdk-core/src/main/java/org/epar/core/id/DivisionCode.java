package org.epar.core.id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statistical division code (统计用区划代码) of the National Bureau of Statistics: twelve digits reading
 * province (2), city (2), county (2), township (3) and village (3).
 *
 * <p>The code keeps the text it was given. {@link #of(String)} accepts anything; {@link #isValid()}
 * and {@link #problems()} say what is wrong; {@link #parse(String)} throws on invalid text. The
 * 6-digit county form (GB/T 2260, e.g. {@code 130425}) and the 9-digit township form are accepted
 * and padded with zeros: {@link #value()} is always the 12-digit form when there is one.
 *
 * <p>A code is valid when it is 6, 9 or 12 ASCII digits (no spaces are trimmed) and:
 *
 * <ul>
 *   <li>the province segment is {@code 10}-{@code 89} (real ones are 11-82), the township segment
 *       is {@code 000} or {@code 001}-{@code 599}, the village segment {@code 000} or {@code
 *       001}-{@code 599} (otherwise {@link IdProblem#BAD_SEGMENT});
 *   <li>no segment is non-zero below a zero segment (otherwise {@link IdProblem#BAD_HIERARCHY}),
 *       with one exception taken from NBS practice: the prefectures without counties (不设区的地级市)
 *       Dongguan 4419, Zhongshan 4420 and Danzhou 4604 number their townships directly under the
 *       city, e.g. {@code 441900003000}.
 * </ul>
 *
 * <p>The {@linkplain #level() level} is that of the lowest non-zero segment, whatever the length of
 * the input: {@code 130400} is the city 邯郸市, not a county. Validity says nothing about existence:
 * ask a {@link DivisionRegistry} whether a code is known.
 *
 * <p><b>Equality</b> is the record's: two codes are {@code equals} when their raw texts are, so
 * {@code 130425} and {@code 130425000000} differ. Use {@link #sameAs(DivisionCode)} to compare the
 * 12-digit values.
 *
 * <p>Every method works on the raw text without regular expressions or substrings; the queries that
 * return a code allocate only that code. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * DivisionCode daming = DivisionCode.parse("130425");        // 大名县
 * daming.value();                                           // "130425000000"
 * daming.level();                                           // Optional[COUNTY]
 * daming.parent().map(DivisionCode::value);                 // Optional["130400000000"] 邯郸市
 * daming.contains(DivisionCode.of("130425100001"));         // true
 * }</pre>
 *
 * @param raw the text exactly as given, never null
 * @since 0.1.0
 */
public record DivisionCode(String raw) implements Identifier {

  private static final String KIND = "DivisionCode";

  /** One shared optional per level, so {@link #level()} does not allocate. */
  private static final List<Optional<DivisionLevel>> LEVELS =
      Arrays.stream(DivisionLevel.values()).map(Optional::of).toList();

  /**
   * Creates a code from any text; nothing but null is rejected.
   *
   * @param raw the text exactly as given
   * @throws NullPointerException if {@code raw} is null
   */
  public DivisionCode {
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * Wraps the text without checking it.
   *
   * @param raw the text exactly as given
   * @return the code, valid or not
   * @throws NullPointerException if {@code raw} is null
   */
  public static DivisionCode of(String raw) {
    return new DivisionCode(raw);
  }

  /**
   * Wraps the text and checks it.
   *
   * @param raw the text: 6, 9 or 12 digits
   * @return the valid code
   * @throws InvalidIdentifierException if the code is not valid; its problems say why
   * @throws NullPointerException if {@code raw} is null
   */
  public static DivisionCode parse(String raw) {
    DivisionCode code = new DivisionCode(raw);
    if (!code.isValid()) {
      throw new InvalidIdentifierException(KIND, code.problems());
    }
    return code;
  }

  /** Builds a code from a key, reusing {@code this} when it already has that 12-digit text. */
  private DivisionCode withKey(long key) {
    if (raw.length() == 12 && DivisionKeys.keyOf(raw) == key) {
      return this;
    }
    return new DivisionCode(DivisionKeys.format(key));
  }

  /** The key of a valid code, or {@link DivisionKeys#NO_KEY}. */
  long validKey() {
    long key = DivisionKeys.keyOf(raw);
    return DivisionKeys.isValid(key) ? key : DivisionKeys.NO_KEY;
  }

  /**
   * The 12-digit form: the raw text padded with zeros when it is 6, 9 or 12 digits (even if a
   * segment is out of range), otherwise the raw text unchanged.
   *
   * @return the 12-digit form, or the raw text when there is none; never null
   */
  public String value() {
    long key = DivisionKeys.keyOf(raw);
    if (key < 0 || raw.length() == 12) {
      return raw;
    }
    return DivisionKeys.format(key);
  }

  /**
   * Whether the code is 6, 9 or 12 digits, its segments are in range and its hierarchy has no gap.
   * Allocation-free.
   *
   * @return {@code true} when {@link #problems()} is empty
   */
  @Override
  public boolean isValid() {
    return DivisionKeys.isValid(DivisionKeys.keyOf(raw));
  }

  /**
   * What is wrong with the code: {@link IdProblem#EMPTY}; or {@link IdProblem#BAD_LENGTH} and/or
   * {@link IdProblem#BAD_CHARACTER}; or {@link IdProblem#BAD_SEGMENT} and/or {@link
   * IdProblem#BAD_HIERARCHY}.
   *
   * @return an immutable list, empty when the code is valid
   */
  @Override
  public List<IdProblem> problems() {
    long key = DivisionKeys.keyOf(raw);
    if (key >= 0) {
      int bits = DivisionKeys.problemBits(key);
      if (bits == 0) {
        return List.of();
      }
      List<IdProblem> problems = new ArrayList<>(2);
      if ((bits & DivisionKeys.BAD_SEGMENT) != 0) {
        problems.add(IdProblem.BAD_SEGMENT);
      }
      if ((bits & DivisionKeys.BAD_HIERARCHY) != 0) {
        problems.add(IdProblem.BAD_HIERARCHY);
      }
      return List.copyOf(problems);
    }
    if (raw.isBlank()) {
      return List.of(IdProblem.EMPTY);
    }
    int n = raw.length();
    boolean badLength = n != 6 && n != 9 && n != 12;
    boolean badCharacter = false;
    for (int i = 0; i < n && !badCharacter; i++) {
      char c = raw.charAt(i);
      badCharacter = c < '0' || c > '9';
    }
    if (badLength && badCharacter) {
      return List.of(IdProblem.BAD_LENGTH, IdProblem.BAD_CHARACTER);
    }
    return List.of(badLength ? IdProblem.BAD_LENGTH : IdProblem.BAD_CHARACTER);
  }

  /**
   * The level of the lowest non-zero segment, e.g. {@link DivisionLevel#COUNTY} for {@code 130425}.
   * The returned optionals are shared constants, so this method does not allocate.
   *
   * @return the level, or empty when the code is not valid
   */
  public Optional<DivisionLevel> level() {
    long key = validKey();
    return key < 0 ? Optional.empty() : LEVELS.get(DivisionKeys.depth(key));
  }

  /**
   * Whether the code is valid and at the given level.
   *
   * @param level the level to test
   * @return {@code true} when {@link #level()} is {@code level}
   * @throws NullPointerException if {@code level} is null
   */
  public boolean isAtLevel(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    long key = validKey();
    return key >= 0 && DivisionKeys.depth(key) == level.ordinal();
  }

  /**
   * The code one level up: the lowest non-zero segment set to zero. For a township of a prefecture
   * without counties (e.g. {@code 441900003000}) that is the city ({@code 441900000000}).
   *
   * @return the parent in 12-digit form, or empty for a province or an invalid code
   */
  public Optional<DivisionCode> parent() {
    long key = validKey();
    if (key < 0) {
      return Optional.empty();
    }
    long parent = DivisionKeys.parent(key);
    return parent < 0
        ? Optional.empty()
        : Optional.of(new DivisionCode(DivisionKeys.format(parent)));
  }

  private Optional<DivisionCode> truncated(DivisionLevel level) {
    long key = validKey();
    if (key < 0 || DivisionKeys.depth(key) < level.ordinal()) {
      return Optional.empty();
    }
    return Optional.of(withKey(DivisionKeys.truncate(key, level)));
  }

  /**
   * The province (省) this code lies in, or is.
   *
   * @return the province in 12-digit form ({@code this} when it is already that text), or empty
   *     when the code is not valid
   */
  public Optional<DivisionCode> province() {
    return truncated(DivisionLevel.PROVINCE);
  }

  /**
   * The city (地级市) this code lies in, or is.
   *
   * @return the code truncated to 4 digits in 12-digit form, or empty when the code is not valid or
   *     is a province
   */
  public Optional<DivisionCode> city() {
    return truncated(DivisionLevel.CITY);
  }

  /**
   * The county (县) this code lies in, or is: the code truncated to 6 digits. For a township of a
   * prefecture without counties the result is the city itself (e.g. {@code 441900000000}).
   *
   * @return the county in 12-digit form, or empty when the code is not valid or above county level
   */
  public Optional<DivisionCode> county() {
    return truncated(DivisionLevel.COUNTY);
  }

  /**
   * The township (乡镇) this code lies in, or is.
   *
   * @return the code truncated to 9 digits in 12-digit form, or empty when the code is not valid or
   *     above township level
   */
  public Optional<DivisionCode> township() {
    return truncated(DivisionLevel.TOWNSHIP);
  }

  /**
   * Whether {@code other} is this code or lies below it; {@code 130425} contains {@code
   * 130425100001} and itself. Allocation-free.
   *
   * @param other the code to test
   * @return {@code false} when either code is not valid
   * @throws NullPointerException if {@code other} is null
   */
  public boolean contains(DivisionCode other) {
    long outer = validKey();
    long inner = other.validKey();
    return outer >= 0 && inner >= 0 && DivisionKeys.contains(outer, inner);
  }

  /**
   * Whether the two codes denote the same 12-digit value, e.g. {@code 130425} and {@code
   * 130425000000}; codes without a 12-digit form are the same when their raw texts are equal.
   * Allocation-free.
   *
   * @param other the code to compare with
   * @return whether the values are equal
   * @throws NullPointerException if {@code other} is null
   */
  public boolean sameAs(DivisionCode other) {
    long a = DivisionKeys.keyOf(raw);
    long b = DivisionKeys.keyOf(other.raw);
    return a >= 0 || b >= 0 ? a == b : raw.equals(other.raw);
  }
}
