package org.epar.validation.rules.heilongjiang;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.CertificationType;
import org.epar.core.model.Product;
import org.epar.core.model.RecordType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * HLJ-CERT-01: a product's certification is one of the "three products and one mark" (三品一标):
 * geographical indication (地标), green food (绿色), organic (有机), pollution-free (无公害)
 * (三(四), 六 2).
 *
 * <p>Reading (catalog revision 2): the plan promotes the four; a certification outside
 * {@code allowed_certifications} ({@code OTHER}) is recorded and INFO, never an ERROR. The ERROR of
 * the catalog, a certification claimed without an issuer or number, cannot be checked: the model
 * records a product's certification types only (a model gap), so the rule's default severity is INFO. A product without certifications is
 * not a finding (the document supports certification, it does not require it). One finding per
 * product, observed = the certifications outside the four, path {@code certifications}.
 *
 * <p>Parameters: {@code allowed_certifications}.
 */
final class CertificationRule implements RecordRule<Product> {

  /** The rule ID. */
  static final String ID = "HLJ-CERT-01";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<Product> type() {
    return Product.class;
  }

  @Override
  public void check(Product product, RuleContext ctx, FindingSink sink) {
    if (product.certifications().isEmpty()) {
      return;
    }
    List<String> allowed = ctx.settings().list("allowed_certifications");
    List<String> bad = new ArrayList<>(1);
    for (CertificationType c : product.certifications()) {
      if (!allowed.contains(c.name())) {
        bad.add(c.name());
      }
    }
    if (!bad.isEmpty()) {
      sink.violation(
          sink.location(RecordType.PRODUCT.wireName(), product.key(), "certifications"),
          String.join(",", bad), String.join(",", allowed));
    }
  }
}
