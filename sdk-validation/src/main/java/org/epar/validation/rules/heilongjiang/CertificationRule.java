package org.epar.validation.rules.heilongjiang;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Certificate;
import org.epar.core.model.CertificationType;
import org.epar.core.model.Product;
import org.epar.core.model.RecordType;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * HLJ-CERT-01: a product's certification is one of the "three products and one mark" (三品一标):
 * geographical indication (地标), green food (绿色), organic (有机), pollution-free (无公害) (三(四), 六 2).
 *
 * <p>Reading (catalog revision 2):
 *
 * <ul>
 *   <li><b>ERROR</b> (the rule's severity): a certification claimed without an issuer or a number.
 *       A type is claimed when it is in {@code certifications} or is the type of an entry of {@code
 *       certificates}; it is backed when some certificate of that type has a non-blank {@code
 *       issuer} and {@code number}. Observed: the claimed types not backed (a certificate without a
 *       type and without issuer or number counts as {@code UNKNOWN}), path {@code certificates}.
 *   <li><b>INFO</b>: every claim is backed but some type is outside {@code allowed_certifications}
 *       ({@code OTHER}): the plan's list ends in 等, so another certification is recorded, never an
 *       ERROR. Observed: those types, path {@code certifications}.
 *   <li>nothing: the four with issuer and number, or no certification at all (the document supports
 *       certification, it does not require it).
 * </ul>
 *
 * <p>At most one finding per product: the ERROR when there is one, else the INFO. Issuers and
 * certificate numbers identify organisations and products, but the findings do not repeat them.
 *
 * <p>Parameters: {@code allowed_certifications}.
 */
final class CertificationRule {

  /** The rule ID. */
  static final String ID = "HLJ-CERT-01";

  /** The rule; stateless. */
  static final RecordRule<Product> RULE =
      RecordRule.of(ID, Product.class, CertificationRule::check);

  private CertificationRule() {}

  private static void check(Product product, RuleContext ctx, FindingSink sink) {
    Set<CertificationType> claimed = EnumSet.noneOf(CertificationType.class);
    claimed.addAll(product.certifications());
    Set<CertificationType> backed = EnumSet.noneOf(CertificationType.class);
    boolean untypedUnbacked = false;
    for (Certificate c : product.certificates()) {
      if (c == null) {
        continue;
      }
      boolean complete = present(c.issuer()) && present(c.number());
      if (c.type() == null) {
        untypedUnbacked |= !complete;
      } else {
        claimed.add(c.type());
        if (complete) {
          backed.add(c.type());
        }
      }
    }
    if (claimed.isEmpty() && !untypedUnbacked) {
      return;
    }
    Set<String> unbacked = new LinkedHashSet<>();
    for (CertificationType t : claimed) {
      if (!backed.contains(t)) {
        unbacked.add(t.name());
      }
    }
    if (untypedUnbacked) {
      unbacked.add("UNKNOWN");
    }
    if (!unbacked.isEmpty()) {
      sink.violation(
          sink.location(RecordType.PRODUCT.wireName(), product.key(), "certificates"),
          String.join(",", unbacked),
          "issuer and number",
          Map.of("threshold" + FindingSink.ZH, "发证机构和证书编号"));
      return;
    }
    List<String> allowed = ctx.settings().list("allowed_certifications");
    List<String> other = new ArrayList<>(1);
    for (CertificationType t : claimed) {
      if (!allowed.contains(t.name())) {
        other.add(t.name());
      }
    }
    if (!other.isEmpty()) {
      Location where =
          sink.location(RecordType.PRODUCT.wireName(), product.key(), "certifications");
      String observed = String.join(",", other);
      String threshold = String.join(",", allowed);
      sink.add(
          new Finding(
              ID,
              Severity.INFO,
              where,
              observed,
              threshold,
              null,
              "The certification "
                  + observed
                  + " is not one of "
                  + threshold
                  + " (三品一标); it is recorded, not an error.",
              "认证 " + observed + " 不属于 " + threshold + "（三品一标），予以记录，不作为错误。",
              ctx.descriptor().citation(),
              1));
    }
  }

  private static boolean present(@Nullable String s) {
    return s != null && !s.isBlank();
  }
}
