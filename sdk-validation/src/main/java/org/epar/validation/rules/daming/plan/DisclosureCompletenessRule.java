package org.epar.validation.rules.daming.plan;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.Disclosure;
import org.epar.core.model.RecordType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * DM-PUB-01 (一票否决：政务公开，不得漏项): a disclosure lists every item of {@code required_fields}.
 * VETO.
 *
 * <p>Reading: the items map to the fields of {@link Disclosure}: {@code PROJECT_NAME} → {@code
 * project_name}, {@code CONTENT_AND_REQUIREMENTS} → {@code content}, {@code CONTRACTOR}, {@code
 * SUPPORT_AMOUNT}, {@code DEADLINE}, {@code PERFORMANCE_TARGETS}, {@code DECISION_DOCUMENT}, {@code
 * RESPONSIBLE_PERSON}; an item is present when the field is set and, for text, not blank. One
 * finding per disclosure, observed as the names of the missing items (never their values: the
 * responsible person is personal data), located at the first missing field.
 *
 * <p>Revision 2 adds the window for comments or for discipline/audit complaints (征求意见窗口或纪检
 * 审计举报窗口): a disclosure whose {@link Disclosure#commentWindow()} is {@code false} misses the
 * item {@code COMMENT_WINDOW} (path {@code comment_window}) in the same finding; unknown ({@code
 * null}) is not judged. "Progress published regularly" has no interval in the document and is not
 * checked; whether disclosures are scattered over the website (不得散见于网站, {@link
 * Disclosure#websiteSection()}) spans several disclosures and is not judged by this record rule.
 *
 * @since 0.1.0
 */
public final class DisclosureCompletenessRule implements RecordRule<Disclosure> {

  /** The rule ID. */
  public static final String ID = "DM-PUB-01";

  private static final Disclosure FULL =
      new Disclosure("x", "x", "x", null, null, null, "x", "x", "x", null, List.of());

  private static final Support.PerSettings<List<String>> FIELDS =
      new Support.PerSettings<>(s -> {
        List<String> names = s.list("required_fields");
        for (String n : names) {
          present(FULL, n); // rejects unknown names once, not per record
        }
        return names;
      });

  /** Creates the rule; it is stateless. */
  public DisclosureCompletenessRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<Disclosure> type() {
    return Disclosure.class;
  }

  @Override
  public void check(Disclosure d, RuleContext ctx, FindingSink sink) {
    List<String> required = FIELDS.get(ctx.settings());
    List<String> missing = new ArrayList<>(0);
    for (String name : required) {
      if (!present(d, name)) {
        missing.add(name);
      }
    }
    if (Boolean.FALSE.equals(d.commentWindow())) {
      missing.add("COMMENT_WINDOW");
    }
    if (!missing.isEmpty()) {
      sink.violation(
          sink.location(RecordType.DISCLOSURE.wireName(), d.key(), path(missing.get(0))),
          String.join(",", missing), String.join(",", required));
    }
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
