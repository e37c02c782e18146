package org.epar.validation.internal.constraints;

import org.epar.core.id.DivisionLevel;
import org.epar.core.model.Allocation;
import org.epar.core.model.Attendance;
import org.epar.core.model.County;
import org.epar.core.model.Dataset;
import org.epar.core.model.Disbursement;
import org.epar.core.model.Enterprise;
import org.epar.core.model.Expense;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.Household;
import org.epar.core.model.Leader;
import org.epar.core.model.LogisticsRoute;
import org.epar.core.model.Member;
import org.epar.core.model.Personnel;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.Township;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.validation.constraints.NonNegativeMoney;
import org.epar.validation.constraints.ValidCitizenId;
import org.epar.validation.constraints.ValidCreditCode;
import org.epar.validation.constraints.ValidDivisionCode;
import org.epar.validation.constraints.ValidTraceCode;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.jspecify.annotations.Nullable;

/**
 * Puts the EPAR constraints on the components of the model records, which carry no Bean Validation
 * annotations themselves (sdk-core stays free of them).
 */
public final class ModelConstraintMapping {

  private ModelConstraintMapping() {}

  /**
   * Adds the constraints of the model to a mapping.
   *
   * @param m the mapping, from {@code HibernateValidatorConfiguration.createConstraintMapping()}
   * @return {@code m}
   */
  public static ConstraintMapping addTo(ConstraintMapping m) {
    TypeConstraintMappingContext<Dataset> ds = m.type(Dataset.class);
    for (String list :
        new String[] {
          "counties",
          "townships",
          "villages",
          "sites",
          "logisticsRoutes",
          "households",
          "personnel",
          "leaders",
          "trainingSessions",
          "attendances",
          "followUps",
          "transactions",
          "shipments",
          "enterprises",
          "funds",
          "allocations",
          "disbursements",
          "expenses",
          "tracedItems",
          "traceEvents"
        }) {
      ds.getter(list).valid();
    }
    m.type(Household.class)
        .getter("village")
        .constraint(division(DivisionLevel.VILLAGE))
        .getter("members")
        .valid();
    m.type(Member.class).getter("citizenId").constraint(citizen());
    m.type(Personnel.class)
        .getter("citizenId")
        .constraint(citizen())
        .getter("organisation")
        .constraint(credit())
        .getter("division")
        .constraint(division(null));
    m.type(Leader.class)
        .getter("citizenId")
        .constraint(citizen())
        .getter("village")
        .constraint(division(DivisionLevel.VILLAGE));
    m.type(Attendance.class).getter("citizenId").constraint(citizen());
    m.type(FollowUp.class).getter("citizenId").constraint(citizen());
    m.type(Village.class).getter("code").constraint(division(DivisionLevel.VILLAGE));
    m.type(Township.class).getter("code").constraint(division(DivisionLevel.TOWNSHIP));
    m.type(County.class).getter("code").constraint(division(DivisionLevel.COUNTY));
    m.type(Site.class)
        .getter("division")
        .constraint(division(null))
        .getter("operator")
        .constraint(credit())
        .getter("annualOnlineRetail")
        .constraint(money());
    m.type(LogisticsRoute.class).getter("operator").constraint(credit());
    m.type(TrainingSession.class)
        .getter("provider")
        .constraint(credit())
        .getter("division")
        .constraint(division(null))
        .getter("subsidy")
        .constraint(money());
    m.type(Enterprise.class)
        .getter("creditCode")
        .constraint(credit())
        .getter("division")
        .constraint(division(null))
        .getter("annualOnlineRetail")
        .constraint(money());
    m.type(Fund.class)
        .getter("county")
        .constraint(division(DivisionLevel.COUNTY))
        .getter("total")
        .constraint(money());
    m.type(Allocation.class).getter("amount").constraint(money());
    m.type(Disbursement.class)
        .getter("amount")
        .constraint(money())
        .getter("payee")
        .constraint(credit());
    m.type(Expense.class).getter("amount").constraint(money());
    m.type(Transaction.class).getter("amount").constraint(money());
    m.type(Shipment.class)
        .getter("carrier")
        .constraint(credit())
        .getter("price")
        .constraint(money())
        .getter("benchmarkPrice")
        .constraint(money());
    m.type(TracedItem.class)
        .getter("code")
        .constraint(trace())
        .getter("producer")
        .constraint(credit());
    m.type(TraceEvent.class)
        .getter("code")
        .constraint(trace())
        .getter("whereDivision")
        .constraint(division(null))
        .getter("whoEnterprise")
        .constraint(credit());
    return m;
  }

  private static GenericConstraintDef<ValidCitizenId> citizen() {
    return new GenericConstraintDef<>(ValidCitizenId.class);
  }

  private static GenericConstraintDef<ValidCreditCode> credit() {
    return new GenericConstraintDef<>(ValidCreditCode.class);
  }

  private static GenericConstraintDef<ValidTraceCode> trace() {
    return new GenericConstraintDef<>(ValidTraceCode.class);
  }

  private static GenericConstraintDef<NonNegativeMoney> money() {
    return new GenericConstraintDef<>(NonNegativeMoney.class);
  }

  private static GenericConstraintDef<ValidDivisionCode> division(@Nullable DivisionLevel level) {
    GenericConstraintDef<ValidDivisionCode> d = new GenericConstraintDef<>(ValidDivisionCode.class);
    return level == null ? d : d.param("level", new DivisionLevel[] {level});
  }
}
