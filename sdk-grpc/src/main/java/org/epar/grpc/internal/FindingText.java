package org.epar.grpc.internal;

import org.epar.validation.Citation;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;

/**
 * How the server writes an sdk-validation {@link Finding} as text: on the wire ({@code
 * epar.v1.Finding}, {@code BadRequest} violations) and in a durable store's findings column. One
 * place for both, so a stored row and a live answer read the same.
 *
 * <ul>
 *   <li>location: {@code object_type/object_id/path}, e.g. {@code disbursement/d-17/amount};
 *   <li>message: the finding's message with {@code " (×n)"} / {@code "（共 n 处）"} appended when it
 *       groups n &gt; 1 occurrences.
 * </ul>
 *
 * <p>A finding read back from the stored text ({@link #stored}) carries what that text holds: its
 * count is 1 (the count is already in its messages), its observed value, threshold, deadline and
 * citation are empty. Written again, it gives the same text.
 */
public final class FindingText {

  private FindingText() {}

  /**
   * The location as text.
   *
   * @param f the finding
   * @return {@code object_type/object_id/path}
   */
  public static String location(Finding f) {
    Location l = f.location();
    return l.objectType() + "/" + l.objectId() + "/" + l.path();
  }

  /**
   * The English message, with the occurrence count when above 1.
   *
   * @param f the finding
   * @return the message
   */
  public static String messageEn(Finding f) {
    return f.count() > 1 ? f.messageEn() + " (×" + f.count() + ")" : f.messageEn();
  }

  /**
   * The Chinese message, with the occurrence count when above 1.
   *
   * @param f the finding
   * @return the message
   */
  public static String messageZh(Finding f) {
    return f.count() > 1 ? f.messageZh() + "（共 " + f.count() + " 处）" : f.messageZh();
  }

  /**
   * A finding from its stored text: the location split at its first and last {@code /} (an object
   * id may hold {@code /}; a type and a path do not), count 1, nothing observed.
   *
   * @param ruleId the rule id
   * @param severity the severity
   * @param location the location as {@link #location(Finding)} writes it
   * @param messageEn the English message as {@link #messageEn(Finding)} writes it
   * @param messageZh the Chinese message as {@link #messageZh(Finding)} writes it
   * @return the finding
   */
  public static Finding stored(
      String ruleId, Severity severity, String location, String messageEn, String messageZh) {
    int first = location.indexOf('/');
    int last = location.lastIndexOf('/');
    Location l;
    if (first < 0) {
      l = new Location(location, "", "", -1);
    } else if (first == last) {
      l = new Location(location.substring(0, first), location.substring(first + 1), "", -1);
    } else {
      l =
          new Location(
              location.substring(0, first),
              location.substring(first + 1, last),
              location.substring(last + 1),
              -1);
    }
    return new Finding(
        ruleId, severity, l, "", "", null, messageEn, messageZh, new Citation("", "", ""), 1);
  }
}
