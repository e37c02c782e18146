package org.epar.validation.rules.daming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.epar.validation.RuleSettings;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * A list parameter of enum names (required rooms, equipment, services), parsed once per rule
 * settings and memoised by identity, so checking a record does not split strings.
 *
 * <p>A token that names no constant (and no alias) can never be present: it is always reported
 * as missing, so a typo in a county's profile shows up instead of being ignored. Thread-safe: the
 * memo is an immutable value behind a volatile field; a race only parses twice.
 *
 * @param <E> the enum type
 */
final class DmSiteRequiredList<E extends Enum<E>> {

  /** The parsed parameter: tokens in profile order, with the constant each needs or null. */
  static final class Parsed<E extends Enum<E>> {
    private final RuleSettings settings;
    private final List<String> tokens;
    private final List<@Nullable E> constants;
    private final EnumSet<E> required;
    private final boolean allKnown;
    private final String display;

    Parsed(RuleSettings settings, List<String> tokens, List<@Nullable E> constants, Class<E> type) {
      this.settings = settings;
      this.tokens = List.copyOf(tokens);
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
      this.display = String.join(",", tokens);
    }

    /**
     * The required tokens as written in the profile, comma-separated.
     *
     * @return the display text
     */
    String display() {
      return display;
    }

    /**
     * The tokens missing from {@code present}, comma-separated in profile order.
     *
     * @param present what the record has
     * @return the missing tokens, or the empty string when nothing is missing
     */
    String missing(Collection<E> present) {
      if (allKnown && present.containsAll(required)) {
        return "";
      }
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < tokens.size(); i++) {
        E c = constants.get(i);
        if (c == null || !present.contains(c)) {
          if (b.length() > 0) {
            b.append(',');
          }
          b.append(tokens.get(i));
        }
      }
      return b.toString();
    }
  }

  private final Class<E> type;
  private final String parameter;
  private final Map<String, E> aliases;
  private volatile @Nullable Parsed<E> memo;

  /**
   * Creates the parameter reader.
   *
   * @param type the enum type
   * @param parameter the list parameter's name
   * @param aliases profile tokens that name a constant under another name
   */
  DmSiteRequiredList(Class<E> type, String parameter, Map<String, E> aliases) {
    this.type = type;
    this.parameter = parameter;
    this.aliases = Map.copyOf(aliases);
  }

  /**
   * The parsed list of the rule's settings.
   *
   * @param ctx the rule context
   * @return the parsed list
   */
  Parsed<E> get(RuleContext ctx) {
    Parsed<E> m = memo;
    RuleSettings settings = ctx.settings();
    if (m != null && m.settings == settings) {
      return m;
    }
    List<String> tokens = settings.list(parameter);
    List<@Nullable E> constants = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      constants.add(resolve(t));
    }
    m = new Parsed<>(settings, tokens, constants, type);
    memo = m;
    return m;
  }

  private @Nullable E resolve(String token) {
    E alias = aliases.get(token);
    if (alias != null) {
      return alias;
    }
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(token)) {
        return c;
      }
    }
    return null;
  }

  /**
   * An unmodifiable empty alias map, for lists without aliases.
   *
   * @param <E> the enum type
   * @return an empty map
   */
  static <E extends Enum<E>> Map<String, E> noAliases() {
    return Map.of();
  }
}
