package org.epar.validation.rules.daming.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.epar.core.model.Disclosure;
import org.epar.core.model.RecordType;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-PUB-01 (一票否决：政务公开，不得漏项，不得散见于网站): every disclosure lists every item of {@code required_fields},
 * and the disclosures sit in one place on the website. VETO.
 *
 * <p>Reading: the items map to the fields of {@link Disclosure}: {@code PROJECT_NAME} → {@code
 * project_name}, {@code CONTENT_AND_REQUIREMENTS} → {@code content}, {@code CONTRACTOR}, {@code
 * SUPPORT_AMOUNT}, {@code DEADLINE}, {@code PERFORMANCE_TARGETS}, {@code DECISION_DOCUMENT}, {@code
 * RESPONSIBLE_PERSON}; an item is present when the field is set and, for text, not blank. One
 * finding per disclosure, observed as the names of the missing items (never their values: the
 * responsible person is personal data), located at the first missing field.
 *
 * <p>Revision 2 adds the window for comments or for discipline/audit complaints (征求意见窗口或纪检 审计举报窗口):
 * a disclosure whose {@link Disclosure#commentWindow()} is {@code false} misses the item {@code
 * COMMENT_WINDOW} (path {@code comment_window}) in the same finding; unknown ({@code null}) is not
 * judged. "Progress published regularly" has no interval in the document and is not checked.
 *
 * <p>Not scattered (不得散见于网站, revision 2): the disclosures whose {@link Disclosure#websiteSection()}
 * is recorded must all name the same section. Sections are compared after trimming white space and
 * trailing slashes, ignoring case ({@code /zwgk/dszx/} and {@code /ZWGK/dszx} are one place). Two
 * or more distinct sections are <b>one</b> finding for the whole submission, however many
 * disclosures are scattered: located at the dataset (path {@code disclosures}), observed the number
 * of distinct sections, threshold {@code 1}; its message names the first disclosure (input order)
 * whose section differs from the first one recorded; the section addresses themselves are not
 * repeated in the finding. A disclosure without a section is unknown, not scattered: it is not
 * judged, and one recorded section alone is never a finding.
 *
 * <p>State: the missing items per incomplete disclosure, and the first disclosure of each distinct
 * section (insertion order, so the combined state equals one sequential pass).
 *
 * @since 0.1.0
 */
final class DisclosureCompletenessRule implements DatasetRule<DisclosureCompletenessRule.State> {

  /** The rule ID. */
  static final String ID = "DM-PUB-01";

  private static final Disclosure FULL =
      new Disclosure("x", "x", "x", null, null, null, "x", "x", "x", null, List.of());

  private static final Support.PerSettings<List<String>> FIELDS =
      new Support.PerSettings<>(
          s -> {
            List<String> names = s.list("required_fields");
            for (String n : names) {
              present(FULL, n); // rejects unknown names once, not per record
            }
            return names;
          });

  /** A disclosure that misses items: where, and which. */
  record Incomplete(String key, long index, List<String> missing) {}

  /** Where a website section was first seen. */
  record First(String key, long index) {}

  /** Incomplete disclosures, and the first disclosure of each website section. */
  static final class State {
    final List<Incomplete> incomplete = new ArrayList<>();
    final Map<String, First> sections = new LinkedHashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  DisclosureCompletenessRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (!(record instanceof Disclosure d)) {
      return;
    }
    List<String> missing = new ArrayList<>(0);
    for (String name : FIELDS.get(ctx.settings())) {
      if (!present(d, name)) {
        missing.add(name);
      }
    }
    if (Boolean.FALSE.equals(d.commentWindow())) {
      missing.add("COMMENT_WINDOW");
    }
    if (!missing.isEmpty()) {
      state.incomplete.add(new Incomplete(d.key(), index, missing));
    }
    String section = section(d.websiteSection());
    if (section != null) {
      state.sections.putIfAbsent(section, new First(d.key(), index));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Disclosure.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.incomplete.addAll(right.incomplete);
    right.sections.forEach(left.sections::putIfAbsent);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    String required = String.join(",", FIELDS.get(ctx.settings()));
    String type = RecordType.DISCLOSURE.wireName();
    for (Incomplete i : state.incomplete) {
      sink.violation(
          new Location(type, i.key(), path(i.missing().get(0)), i.index()),
          String.join(",", i.missing()),
          required);
    }
    if (state.sections.size() > 1) {
      First other = new ArrayList<>(state.sections.values()).get(1);
      int n = state.sections.size();
      RuleDescriptor d = ctx.descriptor();
      sink.add(
          new Finding(
              d.id(),
              ctx.severity(),
              Location.dataset().withPath("disclosures"),
              Integer.toString(n),
              "1",
              null,
              "The disclosures are scattered over "
                  + n
                  + " website sections (the first elsewhere: disclosure "
                  + other.key()
                  + "); they must sit in one place.",
              "公示内容散见于网站的 " + n + " 个栏目（首个不同栏目：公示 " + other.key() + "）；应集中在一处公开。",
              d.citation(),
              1));
    }
  }

  /** The comparable form of a website section, or null when none is recorded. */
  static @Nullable String section(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '/') {
      end--;
    }
    s = s.substring(0, end);
    return s.isEmpty() ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String path(String item) {
    if (item.equals("COMMENT_WINDOW")) {
      return "comment_window";
    }
    return item.equals("CONTENT_AND_REQUIREMENTS")
        ? "content"
        : item.toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean present(Disclosure d, String item) {
    return switch (item) {
      case "PROJECT_NAME" -> !Support.blank(d.projectName());
      case "CONTENT_AND_REQUIREMENTS" -> !Support.blank(d.content());
      case "CONTRACTOR" -> d.contractor() != null && !d.contractor().raw().isBlank();
      case "SUPPORT_AMOUNT" -> d.supportAmount() != null;
      case "DEADLINE" -> d.deadline() != null;
      case "PERFORMANCE_TARGETS" -> !Support.blank(d.performanceTargets());
      case "DECISION_DOCUMENT" -> !Support.blank(d.decisionDocument());
      case "RESPONSIBLE_PERSON" -> !Support.blank(d.responsiblePerson());
      default -> throw new IllegalArgumentException("DM-PUB-01: unknown disclosure item " + item);
    };
  }
}
