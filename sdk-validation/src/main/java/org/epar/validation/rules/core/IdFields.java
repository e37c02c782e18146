package org.epar.validation.rules.core;

import java.util.List;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Activity;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.Brand;
import org.epar.core.model.County;
import org.epar.core.model.Disbursement;
import org.epar.core.model.Disclosure;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EparRecord;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.Household;
import org.epar.core.model.Leader;
import org.epar.core.model.LogisticsRoute;
import org.epar.core.model.Member;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Personnel;
import org.epar.core.model.Product;
import org.epar.core.model.Recognition;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Tender;
import org.epar.core.model.Township;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * Walks the identifier fields of the model records without reflection, for the CORE-ID rules.
 *
 * <p>A field is named by an optional list name and index (e.g. {@code members}, 0) and the
 * snake_case field name; {@link #path} builds the JSON path only when a rule reports.
 */
final class IdFields {

  private IdFields() {}

  /**
   * Receives the identifier fields of a record, with the record, the rule's context and the sink it
   * reports to (so that one visitor serves every record: no object per record); every method does
   * nothing by default.
   */
  interface Visitor {
    /**
     * A citizen identity number.
     *
     * @param r the record
     * @param ctx the rule's context
     * @param sink where the rule reports
     * @param list the list holding the field's object, or empty
     * @param index the position in {@code list}, or -1
     * @param field the snake_case field name
     * @param id the value
     */
    default void citizenId(
        EparRecord r,
        RuleContext ctx,
        FindingSink sink,
        String list,
        int index,
        String field,
        CitizenId id) {}

    /**
     * A unified social credit code.
     *
     * @param r the record
     * @param ctx the rule's context
     * @param sink where the rule reports
     * @param field the snake_case field name
     * @param code the value
     */
    default void creditCode(
        EparRecord r, RuleContext ctx, FindingSink sink, String field, CreditCode code) {}

    /**
     * A division code with the level the object requires.
     *
     * @param r the record
     * @param ctx the rule's context
     * @param sink where the rule reports
     * @param list the list holding the code, or empty
     * @param index the position in {@code list}, or -1
     * @param field the snake_case field name, empty for a list of codes
     * @param code the value
     * @param level the level the object requires, or null when any level fits
     * @param what the kind of object, for the message (e.g. {@code village station})
     */
    default void division(
        EparRecord r,
        RuleContext ctx,
        FindingSink sink,
        String list,
        int index,
        String field,
        DivisionCode code,
        @Nullable DivisionLevel level,
        String what) {}

    /**
     * A traceability code.
     *
     * @param r the record
     * @param ctx the rule's context
     * @param sink where the rule reports
     * @param field the snake_case field name
     * @param code the value
     */
    default void traceCode(
        EparRecord r, RuleContext ctx, FindingSink sink, String field, TraceCode code) {}
  }

  /**
   * Builds a JSON path.
   *
   * @param list list name, or empty
   * @param index list position, or -1
   * @param field field name, or empty for the list element itself
   * @return the path, e.g. {@code members[0].citizen_id}
   */
  static String path(String list, int index, String field) {
    StringBuilder b = new StringBuilder(list.length() + field.length() + 8);
    if (index >= 0) {
      b.append(list).append('[').append(index).append(']');
      if (!field.isEmpty()) {
        b.append('.');
      }
    }
    return b.append(field).toString();
  }

  /** The level a site's division code must have, or null when the site type fixes none. */
  static @Nullable DivisionLevel siteLevel(@Nullable SiteType type) {
    if (type == null) {
      return null;
    }
    switch (type) {
      case VILLAGE_STATION:
        return DivisionLevel.VILLAGE;
      case TOWNSHIP_STATION:
      case TOWNSHIP_DISTRIBUTION_CENTRE:
        return DivisionLevel.TOWNSHIP;
      case COUNTY_SERVICE_CENTRE:
      case COUNTY_WAREHOUSE:
        return DivisionLevel.COUNTY;
      default:
        return null;
    }
  }

  /**
   * Visits the identifier fields of a record. A report's own fields are its header's; the records
   * it carries are not walked here: the engine feeds them to the rules as records of their own (one
   * dataset, one reading), after the report's shell with emptied lists.
   *
   * @param r the record
   * @param v the visitor
   * @param ctx the rule's context, passed to the visitor
   * @param sink the rule's sink, passed to the visitor
   */
  static void visit(EparRecord r, Visitor v, RuleContext ctx, FindingSink sink) {
    if (r instanceof Transaction) {
      return; // no identifier fields; the most frequent record (100,000s per daily report)
    }
    if (r instanceof Household h) {
      div(v, r, ctx, sink, "village", h.village(), DivisionLevel.VILLAGE, "household");
      List<Member> members = h.members();
      for (int i = 0; i < members.size(); i++) {
        Member m = members.get(i);
        if (m != null && m.citizenId() != null) {
          v.citizenId(r, ctx, sink, "members", i, "citizen_id", m.citizenId());
        }
      }
    } else if (r instanceof Site s) {
      DivisionLevel level = siteLevel(s.type());
      div(
          v,
          r,
          ctx,
          sink,
          "division",
          s.division(),
          level,
          s.type() == null
              ? "site"
              : s.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      credit(v, r, ctx, sink, "operator", s.operator());
    } else if (r instanceof Village x) {
      div(v, r, ctx, sink, "code", x.code(), DivisionLevel.VILLAGE, "village");
    } else if (r instanceof Township x) {
      div(v, r, ctx, sink, "code", x.code(), DivisionLevel.TOWNSHIP, "township");
    } else if (r instanceof County x) {
      div(v, r, ctx, sink, "code", x.code(), DivisionLevel.COUNTY, "county");
    } else if (r instanceof Personnel p) {
      citizen(v, r, ctx, sink, "citizen_id", p.citizenId());
      div(v, r, ctx, sink, "division", p.division(), null, "personnel");
      credit(v, r, ctx, sink, "organisation", p.organisation());
    } else if (r instanceof Leader l) {
      citizen(v, r, ctx, sink, "citizen_id", l.citizenId());
      div(v, r, ctx, sink, "village", l.village(), DivisionLevel.VILLAGE, "leader's village");
    } else if (r instanceof Attendance a) {
      citizen(v, r, ctx, sink, "citizen_id", a.citizenId());
    } else if (r instanceof FollowUp f) {
      citizen(v, r, ctx, sink, "citizen_id", f.citizenId());
    } else if (r instanceof TrainingSession t) {
      credit(v, r, ctx, sink, "provider", t.provider());
      div(v, r, ctx, sink, "division", t.division(), null, "training session");
    } else if (r instanceof LogisticsRoute l) {
      credit(v, r, ctx, sink, "operator", l.operator());
    } else if (r instanceof OnlineShop o) {
      div(v, r, ctx, sink, "division", o.division(), null, "online shop");
      credit(v, r, ctx, sink, "owner_credit_code", o.ownerCreditCode());
    } else if (r instanceof Shipment s) {
      credit(v, r, ctx, sink, "carrier", s.carrier());
    } else if (r instanceof Product p) {
      credit(v, r, ctx, sink, "producer", p.producer());
      List<DivisionCode> villages = p.villages();
      for (int i = 0; i < villages.size(); i++) {
        DivisionCode c = villages.get(i);
        if (c != null) {
          v.division(
              r, ctx, sink, "villages", i, "", c, DivisionLevel.VILLAGE, "product's village");
        }
      }
    } else if (r instanceof Brand b) {
      div(v, r, ctx, sink, "county", b.county(), DivisionLevel.COUNTY, "brand's county");
    } else if (r instanceof Enterprise e) {
      credit(v, r, ctx, sink, "credit_code", e.creditCode());
      div(v, r, ctx, sink, "division", e.division(), null, "enterprise");
    } else if (r instanceof Fund f) {
      div(v, r, ctx, sink, "county", f.county(), DivisionLevel.COUNTY, "fund's county");
    } else if (r instanceof Tender t) {
      credit(v, r, ctx, sink, "winner", t.winner());
    } else if (r instanceof Disbursement d) {
      credit(v, r, ctx, sink, "payee", d.payee());
    } else if (r instanceof Disclosure d) {
      credit(v, r, ctx, sink, "contractor", d.contractor());
    } else if (r instanceof TracedItem t) {
      trace(v, r, ctx, sink, "code", t.code());
      credit(v, r, ctx, sink, "producer", t.producer());
    } else if (r instanceof TraceEvent e) {
      trace(v, r, ctx, sink, "code", e.code());
      div(v, r, ctx, sink, "where_division", e.whereDivision(), null, "trace event");
      credit(v, r, ctx, sink, "who_enterprise", e.whoEnterprise());
    } else if (r instanceof Activity a) {
      div(v, r, ctx, sink, "division", a.division(), null, "activity");
    } else if (r instanceof Recognition x) {
      DivisionLevel level = null;
      if (x.kind() != null) {
        switch (x.kind()) {
          case ADVANCED_COUNTY:
            level = DivisionLevel.COUNTY;
            break;
          case ADVANCED_TOWNSHIP:
            level = DivisionLevel.TOWNSHIP;
            break;
          default:
            break;
        }
      }
      div(v, r, ctx, sink, "division", x.division(), level, "recognition");
    } else if (r instanceof AreaStatistics a) {
      div(v, r, ctx, sink, "division", a.division(), null, "area statistics");
    } else if (r instanceof Report rep) {
      ReportHeader h = rep.header();
      if (h != null) {
        credit(v, r, ctx, sink, "header.reporter", h.reporter());
        div(v, r, ctx, sink, "header.scope", h.scope(), null, "report scope");
      }
      // the records a report carries reach the rules on their own, with the report as carrier
    }
  }

  private static void citizen(
      Visitor v,
      EparRecord r,
      RuleContext ctx,
      FindingSink sink,
      String field,
      @Nullable CitizenId id) {
    if (id != null) {
      v.citizenId(r, ctx, sink, "", -1, field, id);
    }
  }

  private static void credit(
      Visitor v,
      EparRecord r,
      RuleContext ctx,
      FindingSink sink,
      String field,
      @Nullable CreditCode c) {
    if (c != null) {
      v.creditCode(r, ctx, sink, field, c);
    }
  }

  private static void trace(
      Visitor v,
      EparRecord r,
      RuleContext ctx,
      FindingSink sink,
      String field,
      @Nullable TraceCode c) {
    if (c != null) {
      v.traceCode(r, ctx, sink, field, c);
    }
  }

  private static void div(
      Visitor v,
      EparRecord r,
      RuleContext ctx,
      FindingSink sink,
      String field,
      @Nullable DivisionCode c,
      @Nullable DivisionLevel level,
      String what) {
    if (c != null) {
      v.division(r, ctx, sink, "", -1, field, c, level, what);
    }
  }

  /**
   * Whether an invalid text might hold a citizen identity number (a run of 15 or more digits), so
   * that it must be masked before it is shown.
   *
   * @param s the text
   * @return {@code true} when it has 15 or more consecutive digits
   */
  static boolean mayHoldCitizenId(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= 15) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }
}
