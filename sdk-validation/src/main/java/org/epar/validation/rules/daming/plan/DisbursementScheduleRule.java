package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.Fund;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-FUND-05 (预留10%尾款，首期预拨不低于60%): per fund, (a) at most {@code 1 - retention_share_min} of the
 * total is disbursed before acceptance, (b) once work has started the first advance is at least
 * {@code first_advance_share_min} of the total, (c) no final payment before acceptance.
 *
 * <p>Reading: disbursements join their fund by {@code disbursement.fund}. The total is the fund's
 * {@code total} when the fund record has a positive one, else {@code fund_total}. "Before
 * acceptance" means dated before {@code accepted_on}, or any date while the fund has no acceptance
 * date; an undated disbursement counts as before. (a) compares the exact sum with 90%: 1350万 of
 * 1500万 is fine, one fen more is a finding at the fund. (b) applies when {@code work_started_on} is
 * set and an {@code ADVANCE} exists: the first advance is the tranche of all dated advances on the
 * earliest advance date (a tranche booked per allocation is several records of one day); their sum
 * is compared exactly with 60% (900万), finding at the first of them (by input order) at {@code
 * amount}; no advance yet is not judged, as the document sets no date for it. (c) is a {@code
 * FINAL} disbursement before acceptance, finding at its {@code kind}.
 *
 * @since 0.1.0
 */
final class DisbursementScheduleRule implements DatasetRule<DisbursementScheduleRule.State> {

  /** The rule ID. */
  static final String ID = "DM-FUND-05";

  /** Funds by id and the disbursements, which are few. */
  static final class State {
    final Map<String, FundInfo> funds = new HashMap<>();
    final List<Paid> paid = new ArrayList<>();

    State() {}
  }

  record FundInfo(
      long index,
      @Nullable Money total,
      @Nullable LocalDate acceptedOn,
      @Nullable LocalDate workStartedOn) {}

  record Paid(
      long index,
      String key,
      String fund,
      @Nullable DisbursementKind kind,
      long fen,
      @Nullable LocalDate date) {}

  /** Creates the rule; it is stateless. */
  DisbursementScheduleRule() {}

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
    if (record instanceof Disbursement d) {
      if (d.amount() != null) {
        state.paid.add(
            new Paid(
                index, d.key(), Support.orEmpty(d.fund()), d.kind(), d.amount().fen(), d.date()));
      }
    } else if (record instanceof Fund f && f.id() != null) {
      state.funds.merge(
          f.id(),
          new FundInfo(index, f.total(), f.acceptedOn(), f.workStartedOn()),
          (a, b) -> a.index() <= b.index() ? a : b);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Disbursement.class.isAssignableFrom(type) || Fund.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.funds.forEach((k, v) -> left.funds.merge(k, v, (a, b) -> a.index() <= b.index() ? a : b));
    left.paid.addAll(right.paid);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    BigDecimal retention = ctx.settings().decimal("retention_share_min");
    BigDecimal firstAdvance = ctx.settings().decimal("first_advance_share_min");
    BigDecimal paidMax = BigDecimal.ONE.subtract(retention);
    Money defaultTotal = ctx.settings().money("fund_total");
    Map<String, List<Paid>> byFund = new TreeMap<>();
    for (Paid p : state.paid) {
      byFund.computeIfAbsent(p.fund(), k -> new ArrayList<>()).add(p);
    }
    String disbursementType = RecordType.DISBURSEMENT.wireName();
    byFund.forEach(
        (fundId, paid) -> {
          FundInfo fund = state.funds.get(fundId);
          Money total =
              fund != null && fund.total() != null && fund.total().signum() > 0
                  ? fund.total()
                  : defaultTotal;
          if (total.signum() <= 0) {
            return;
          }
          LocalDate accepted = fund == null ? null : fund.acceptedOn();
          long before = 0;
          for (Paid p : paid) {
            boolean beforeAcceptance =
                accepted == null || p.date() == null || p.date().isBefore(accepted);
            if (beforeAcceptance) {
              before = Math.addExact(before, p.fen());
              if (p.kind() == DisbursementKind.FINAL) {
                sink.violation(
                    new Location(disbursementType, p.key(), "kind", p.index()),
                    "FINAL payment " + Money.ofFen(p.fen()).format() + " before acceptance",
                    "no final payment before acceptance",
                    Map.of(
                        "observed" + FindingSink.ZH,
                        "验收前拨付尾款 " + Money.ofFen(p.fen()).format(),
                        "threshold" + FindingSink.ZH,
                        "验收前不得拨付尾款"));
              }
            }
          }
          Money beforeAcceptance = Money.ofFen(before);
          if (beforeAcceptance.ratio(total).compareTo(paidMax) > 0) {
            sink.violation(
                new Location(
                    RecordType.FUND.wireName(), fundId, "", fund == null ? -1 : fund.index()),
                "disbursed "
                    + beforeAcceptance.format()
                    + " ("
                    + beforeAcceptance.ratio(total).percent()
                    + "%) before acceptance",
                "retain at least " + retention.toPlainString() + " of " + total.format(),
                Map.of(
                    "observed" + FindingSink.ZH,
                    "验收前已拨付 "
                        + beforeAcceptance.format()
                        + "（"
                        + beforeAcceptance.ratio(total).percent()
                        + "%）",
                    "threshold" + FindingSink.ZH,
                    "至少保留 " + total.format() + " 的 " + retention.toPlainString()));
          }
          if (fund != null && fund.workStartedOn() != null) {
            List<Paid> advances =
                paid.stream()
                    .filter(p -> p.kind() == DisbursementKind.ADVANCE && p.date() != null)
                    .toList();
            advances.stream()
                .map(Paid::date)
                .min(Comparator.naturalOrder())
                .ifPresent(
                    first -> {
                      List<Paid> tranche =
                          advances.stream()
                              .filter(p -> first.equals(p.date()))
                              .sorted(Comparator.comparingLong(Paid::index))
                              .toList();
                      long fen = 0;
                      for (Paid p : tranche) {
                        fen = Math.addExact(fen, p.fen());
                      }
                      Money amount = Money.ofFen(fen);
                      if (amount.ratio(total).compareTo(firstAdvance) < 0) {
                        Paid at = tranche.get(0);
                        sink.violation(
                            new Location(disbursementType, at.key(), "amount", at.index()),
                            "first advance "
                                + amount.format()
                                + " ("
                                + amount.ratio(total).percent()
                                + "%)",
                            "first advance at least "
                                + firstAdvance.toPlainString()
                                + " of "
                                + total.format(),
                            Map.of(
                                "observed" + FindingSink.ZH,
                                "首笔预付 "
                                    + amount.format()
                                    + "（"
                                    + amount.ratio(total).percent()
                                    + "%）",
                                "threshold" + FindingSink.ZH,
                                "首笔预付至少为 "
                                    + total.format()
                                    + " 的 "
                                    + firstAdvance.toPlainString()));
                      }
                    });
          }
        });
  }
}
