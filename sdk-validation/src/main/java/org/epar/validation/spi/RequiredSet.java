package org.epar.validation.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.epar.validation.Location;
import org.epar.validation.RuleSettings;
import org.jspecify.annotations.Nullable;

/**
 * A list parameter of enum names that a record must all have (rooms of a centre, equipment and
 * services of a station, functions of a hub), and the check of a record against it: the missing
 * names are the observed value, the required list as written in the profile the threshold.
 *
 * <p>The list is parsed once per {@link RuleSettings} and memoised by identity, so checking a
 * record splits no strings. By default the names are kept in profile order and a name that is no
 * constant (and no {@linkplain #alias alias}) is always missing, so that a typo in a county's
 * profile shows up instead of being ignored; {@link #rejectingUnknown()} makes it a profile error
 * instead and {@link #inDeclarationOrder()} reports the names in the enum's order.
 *
 * <p>Immutable configuration; thread-safe (a race only parses twice).
 *
 * <pre>{@code
 * private final RequiredSet<SiteService> services =
 *     RequiredSet.of(SiteService.class, "required_services");
 *
 * public void check(Site site, RuleContext ctx, FindingSink sink) {
 *   services.report(ctx, sink, sink.location("site", site.key(), "services"), site.services());
 * }
 * }</pre>
 *
 * @param <E> the enum type
 * @since 0.1.0
 */
public final class RequiredSet<E extends Enum<E>> {

  private final Class<E> type;
  private final String parameter;
  private final Map<String, E> aliases;
  private final boolean rejectUnknown;
  private final boolean declarationOrder;
  private volatile @Nullable Members<E> memo;

  private RequiredSet(
      Class<E> type,
      String parameter,
      Map<String, E> aliases,
      boolean rejectUnknown,
      boolean declarationOrder) {
    this.type = Objects.requireNonNull(type, "type");
    this.parameter = Objects.requireNonNull(parameter, "parameter");
    this.aliases = Map.copyOf(aliases);
    this.rejectUnknown = rejectUnknown;
    this.declarationOrder = declarationOrder;
  }

  /**
   * The required members named by a list parameter: profile order, unknown names always missing.
   *
   * @param <E> the enum type
   * @param type the enum type
   * @param parameter the name of the list parameter, such as {@code required_services}
   * @return the required set
   */
  public static <E extends Enum<E>> RequiredSet<E> of(Class<E> type, String parameter) {
    return new RequiredSet<>(type, parameter, Map.of(), false, false);
  }

  /**
   * This set with a profile name that stands for a constant of another name, such as {@code TV} for
   * {@code TV_42_INCH}.
   *
   * @param name the name in the profile
   * @param constant the constant it stands for
   * @return a new required set
   */
  public RequiredSet<E> alias(String name, E constant) {
    Map<String, E> m = new HashMap<>(aliases);
    m.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(constant, "constant"));
    return new RequiredSet<>(type, parameter, m, rejectUnknown, declarationOrder);
  }

  /**
   * This set with a name that is no constant made a profile error: parsing throws {@link
   * IllegalArgumentException}, which the engine reports as a failure of the rule.
   *
   * @return a new required set
   */
  public RequiredSet<E> rejectingUnknown() {
    return new RequiredSet<>(type, parameter, aliases, true, declarationOrder);
  }

  /**
   * This set with the members named in the enum's declaration order, each once, whatever the order
   * of the profile; unknown names follow in profile order.
   *
   * @return a new required set
   */
  public RequiredSet<E> inDeclarationOrder() {
    return new RequiredSet<>(type, parameter, aliases, rejectUnknown, true);
  }

  /**
   * The parsed list of the rule's settings.
   *
   * @param ctx the rule context
   * @return the members, memoised while the settings stay the same object
   * @throws IllegalArgumentException if {@link #rejectingUnknown()} and a name is no constant
   */
  public Members<E> members(RuleContext ctx) {
    RuleSettings settings = ctx.settings();
    Members<E> m = memo;
    if (m != null && m.settings == settings) {
      return m;
    }
    List<String> names = new ArrayList<>();
    List<@Nullable E> constants = new ArrayList<>();
    for (String name : settings.list(parameter)) {
      E c = resolve(name);
      if (c == null && rejectUnknown) {
        throw new IllegalArgumentException(
            "no " + type.getSimpleName() + " named " + name + " (" + parameter + ")");
      }
      names.add(name);
      constants.add(c);
    }
    if (declarationOrder) {
      sortByDeclaration(names, constants);
    }
    m = new Members<>(settings, String.join(",", settings.list(parameter)), names, constants, type);
    memo = m;
    return m;
  }

  /**
   * Reports one violation at {@code location} when {@code present} lacks required members: observed
   * the missing names, comma-separated; threshold the required list of the profile.
   *
   * @param ctx the rule context
   * @param sink where the finding goes
   * @param location where, usually the record's property
   * @param present what the record has
   */
  public void report(RuleContext ctx, FindingSink sink, Location location, Collection<E> present) {
    Members<E> m = members(ctx);
    List<String> missing = m.missing(present);
    if (!missing.isEmpty()) {
      sink.violation(location, String.join(",", missing), m.text());
    }
  }

  private @Nullable E resolve(String name) {
    E alias = aliases.get(name);
    if (alias != null) {
      return alias;
    }
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private void sortByDeclaration(List<String> names, List<@Nullable E> constants) {
    EnumSet<E> known = EnumSet.noneOf(type);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      E c = constants.get(i);
      if (c == null) {
        unknown.add(names.get(i));
      } else {
        known.add(c);
      }
    }
    names.clear();
    constants.clear();
    for (E c : known) {
      names.add(c.name());
      constants.add(c);
    }
    for (String u : unknown) {
      names.add(u);
      constants.add(null);
    }
  }

  /**
   * The required members of one profile's settings.
   *
   * @param <E> the enum type
   * @since 0.1.0
   */
  public static final class Members<E extends Enum<E>> {
    private final RuleSettings settings;
    private final String text;
    private final List<String> names;
    private final List<@Nullable E> constants;
    private final EnumSet<E> required;
    private final boolean allKnown;

    private Members(
        RuleSettings settings,
        String text,
        List<String> names,
        List<@Nullable E> constants,
        Class<E> type) {
      this.settings = settings;
      this.text = text;
      this.names = List.copyOf(names);
      this.constants = new ArrayList<>(constants);
      this.required = EnumSet.noneOf(type);
      boolean known = true;
      for (E c : constants) {
        if (c == null) {
          known = false;
        } else {
          required.add(c);
        }
      }
      this.allKnown = known;
    }

    /**
     * The required list as written in the profile, comma-separated: the threshold of a finding.
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    /**
     * The names missing from {@code present}; a name that is no constant is missing.
     *
     * @param present what the record has
     * @return the missing names, empty when nothing is missing
     */
    public List<String> missing(Collection<E> present) {
      return missing(present, name -> false);
    }

    /**
     * The names missing from {@code present}, where the rule itself judges the names that are no
     * constant (such as {@code STAFF} among equipment names).
     *
     * @param present what the record has
     * @param otherPresent whether a name that is no constant is present
     * @return the missing names, empty when nothing is missing
     */
    public List<String> missing(Collection<E> present, Predicate<String> otherPresent) {
      if (allKnown && present.containsAll(required)) {
        return List.of();
      }
      List<String> out = new ArrayList<>(names.size());
      for (int i = 0; i < names.size(); i++) {
        E c = constants.get(i);
        boolean has = c == null ? otherPresent.test(names.get(i)) : present.contains(c);
        if (!has) {
          out.add(names.get(i));
        }
      }
      return out;
    }
  }
}
