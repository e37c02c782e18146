package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.County;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.Report;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.junit.jupiter.api.Test;

class EparJsonTest {

  private final ObjectMapper mapper = EparJson.mapper();

  private List<String> fieldNames(String json) throws Exception {
    List<String> names = new ArrayList<>();
    mapper.readTree(json).fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyRecordType_hasAnExample_andRoundTripsAsEparRecord() throws Exception {
    for (RecordType t : RecordType.values()) {
      EparRecord example = Examples.of(t);
      assertEquals(t, example.recordType(), "example of " + t + " has the wrong type");
      String json = mapper.writeValueAsString(example);
      assertTrue(
          json.startsWith("{\"type\":\"" + t.wireName() + "\","), t + " must write type first");
      EparRecord back = mapper.readValue(json, EparRecord.class);
      assertEquals(example, back, t + " round trip");
      // and through its own class
      assertEquals(example, mapper.readValue(json, t.javaType()), t + " round trip by class");
    }
  }

  @Test
  void dataset_roundTrips_withSnakeCaseListNames() throws Exception {
    Dataset ds = Examples.dataset();
    String json = mapper.writeValueAsString(ds);
    assertEquals(ds, mapper.readValue(json, Dataset.class));
    List<String> names = fieldNames(json);
    assertEquals("scope", names.get(0));
    assertTrue(names.contains("logistics_routes"), names::toString);
    assertTrue(names.contains("training_sessions"), names::toString);
    assertTrue(names.contains("area_statistics"), names::toString);
    assertTrue(names.contains("annual_reports"), names::toString);
    for (RecordType t : RecordType.values()) {
      String snake =
          t.datasetProperty().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
      assertTrue(names.contains(snake), "dataset property " + snake);
    }
    assertEquals(RecordType.values().length + 1, names.size());
  }

  @Test
  void emptyDataset_writesEveryListAndOmitsNullScope() throws Exception {
    JsonNode tree = mapper.valueToTree(Dataset.empty());
    assertFalse(tree.has("scope"));
    assertTrue(tree.get("villages").isArray());
    assertEquals(RecordType.values().length, tree.size());
  }

  @Test
  void propertyNames_arePinned() throws Exception {
    assertEquals(
        List.of(
            "type",
            "code",
            "name",
            "residents",
            "registered_poor",
            "eligible",
            "broadband",
            "fibre",
            "mobile4g",
            "in_database",
            "natural_villages"),
        fieldNames(mapper.writeValueAsString(Examples.of(RecordType.VILLAGE))));
    assertEquals(
        List.of(
            "type",
            "id",
            "site",
            "shop",
            "date",
            "direction",
            "amount",
            "orders",
            "household",
            "product"),
        fieldNames(mapper.writeValueAsString(Examples.of(RecordType.TRANSACTION))));
    assertEquals(
        List.of(
            "type",
            "id",
            "code",
            "time",
            "where_division",
            "where_site",
            "who_enterprise",
            "who_household",
            "step"),
        fieldNames(mapper.writeValueAsString(Examples.of(RecordType.TRACE_EVENT))));
    List<String> site = fieldNames(mapper.writeValueAsString(Examples.site()));
    assertEquals("type", site.get(0));
    assertEquals("site_type", site.get(2));
    assertTrue(
        site.containsAll(
            List.of(
                "floor_area",
                "hub_functions",
                "charges_levied",
                "centrally_funded",
                "opened_on",
                "annual_online_retail",
                "poor_households_served")));
    JsonNode household = mapper.valueToTree(Examples.of(RecordType.HOUSEHOLD));
    assertEquals(
        List.of(
            "citizen_id",
            "name",
            "phone",
            "labour_capacity",
            "migrant",
            "able_and_willing",
            "disabled"),
        fieldNames(household.get("members").get(0).toString()));
    JsonNode report = mapper.valueToTree(Examples.of(RecordType.MONTHLY_REPORT));
    assertEquals(
        List.of("reporter", "scope", "type", "period", "idempotency_key", "submitted_at"),
        fieldNames(report.get("header").toString()));
  }

  @Test
  void site_typeComponent_isSiteType_andRecordTypeIsSite() throws Exception {
    String json = mapper.writeValueAsString(Examples.site());
    JsonNode tree = mapper.readTree(json);
    assertEquals("site", tree.get("type").asText());
    assertEquals("VILLAGE_STATION", tree.get("site_type").asText());
    Site back = (Site) mapper.readValue(json, EparRecord.class);
    assertEquals(SiteType.VILLAGE_STATION, back.type());
  }

  @Test
  void invalidIdentifiers_roundTripExactly() throws Exception {
    Household h =
        Household.builder()
            .id("hh-x")
            .village(DivisionCode.of(" 13042x "))
            .registeredPoor(true)
            .members(
                List.of(
                    new org.epar.core.model.Member(
                        CitizenId.of("110105194912310021"), null, null, null, false, false, false)))
            .build();
    assertFalse(h.village().isValid());
    String json = mapper.writeValueAsString(h);
    assertTrue(json.contains("\"village\":\" 13042x \""), json);
    assertEquals(h, mapper.readValue(json, EparRecord.class));
    County c = new County(DivisionCode.of(""), null, false, null, false, 0);
    assertEquals(c, mapper.readValue(mapper.writeValueAsString(c), EparRecord.class));
    TraceEvent e =
        new TraceEvent(
            "e", TraceCode.of("v-bad code"), null, null, null, CreditCode.of("9135"), null, null);
    assertEquals(e, mapper.readValue(mapper.writeValueAsString(e), EparRecord.class));
  }

  @Test
  void identifier_readFromJsonInteger_keepsDigitsAsWritten() throws Exception {
    County c = mapper.readValue("{\"type\":\"county\",\"code\":130425}", County.class);
    assertEquals(DivisionCode.of("130425"), c.code());
  }

  @Test
  void money_isWrittenAsTwoDecimalString() throws Exception {
    String json = mapper.writeValueAsString(Examples.transaction());
    assertTrue(json.contains("\"amount\":\"1500.00\""), json);
    assertEquals("\"0.05\"", mapper.writeValueAsString(Money.ofFen(5)));
    assertEquals("\"-3.00\"", mapper.writeValueAsString(Money.ofYuan(-3)));
  }

  @Test
  void money_isReadLenientlyFromStringsAndNumbers() throws Exception {
    assertEquals(Money.ofFen(150050), mapper.readValue("\"1500.50\"", Money.class));
    assertEquals(Money.ofFen(150000), mapper.readValue("1500", Money.class));
    assertEquals(Money.ofFen(150050), mapper.readValue("1500.5", Money.class));
    assertEquals(Money.ofFen(150050), mapper.readValue("1500.50", Money.class));
    assertNull(mapper.readValue("null", Money.class));
  }

  @Test
  void money_withMoreThanTwoDecimalsOrWrongToken_isAClearError() {
    for (String bad :
        List.of(
            "1500.505", "\"1500.505\"", "\"1,500.00\"", "\"abc\"", "true", "{}", "[1]", "\"\"")) {
      MismatchedInputException e =
          assertThrows(
              MismatchedInputException.class, () -> mapper.readValue(bad, Money.class), bad);
      assertTrue(e.getOriginalMessage().contains("\"1500.00\""), e.getOriginalMessage());
    }
  }

  @Test
  void period_isItsId() throws Exception {
    MonthlyReport r = (MonthlyReport) Examples.of(RecordType.MONTHLY_REPORT);
    JsonNode tree = mapper.valueToTree(r);
    assertEquals("201803", tree.get("header").get("period").asText());
    assertEquals("MONTHLY", tree.get("header").get("type").asText());
    Report back = mapper.readValue(mapper.writeValueAsString(r), Report.class);
    assertEquals(r, back);
  }

  @Test
  void offsetDateTime_keepsItsOffset() throws Exception {
    TraceEvent e = (TraceEvent) Examples.of(RecordType.TRACE_EVENT);
    String json = mapper.writeValueAsString(e);
    assertTrue(json.contains("\"time\":\"2018-03-15T08:00:00+08:00\""), json);
    TraceEvent back = (TraceEvent) mapper.readValue(json, EparRecord.class);
    assertEquals(OffsetDateTime.parse("2018-03-15T08:00:00+08:00"), back.time());
    assertEquals(e.time().getOffset(), back.time().getOffset());
  }

  @Test
  void dates_areIsoStrings() throws Exception {
    String json = mapper.writeValueAsString(Examples.transaction());
    assertTrue(json.contains("\"date\":\"2018-03-15\""), json);
  }

  @Test
  void unknownProperties_areIgnored() throws Exception {
    String json =
        "{\"type\":\"village\",\"code\":\"130425100001\",\"colour\":\"red\","
            + "\"nested\":{\"a\":[1,2]},\"residents\":5,\"natural_villages\":[{\"x\":1,\"name\":\"n\"}]}";
    Village v = (Village) mapper.readValue(json, EparRecord.class);
    assertEquals(5, v.residents());
    assertEquals("n", v.naturalVillages().get(0).name());
  }

  @Test
  void missingValues_readAsNullZeroFalseOrEmpty() throws Exception {
    Village v = (Village) mapper.readValue("{\"type\":\"village\"}", EparRecord.class);
    assertNull(v.code());
    assertEquals(0, v.residents());
    assertEquals(List.of(), v.naturalVillages());
    Site s = (Site) mapper.readValue("{\"type\":\"site\",\"rooms\":null}", EparRecord.class);
    assertEquals(Set.of(), s.rooms());
  }

  @Test
  void nullFields_areOmitted() throws Exception {
    Transaction t = new Transaction(null, null, null, null, null, null, 0, null, null);
    assertEquals("{\"type\":\"transaction\",\"orders\":0}", mapper.writeValueAsString(t));
  }

  @Test
  void enums_areTheirConstantNames() throws Exception {
    JsonNode tree = mapper.valueToTree(Examples.site());
    assertEquals("[\"BUY_ON_BEHALF\",\"PARCELS\"]", tree.get("services").toString());
  }

  @Test
  void unknownOrMissingType_isAnError() {
    assertThrows(
        com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class,
        () -> mapper.readValue("{\"type\":\"spaceship\"}", EparRecord.class));
    assertThrows(
        com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class,
        () -> mapper.readValue("{\"id\":\"x\"}", EparRecord.class));
  }

  @Test
  void concreteClass_readsWithoutTypeProperty() throws Exception {
    Transaction t = mapper.readValue("{\"id\":\"t\",\"orders\":2}", Transaction.class);
    assertEquals(2, t.orders());
  }

  @Test
  void sharedMapper_isOneInstance_andNewMapperIsIndependent() throws Exception {
    assertSame(EparJson.mapper(), EparJson.mapper());
    ObjectMapper m = EparJson.newMapper();
    assertInstanceOf(ObjectMapper.class, m);
    assertEquals(
        mapper.writeValueAsString(Examples.dataset()), m.writeValueAsString(Examples.dataset()));
    assertInstanceOf(EparModule.class, EparJson.module());
  }
}
