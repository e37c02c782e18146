package org.epar.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.json.EparJson;
import org.epar.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The components added for the model gaps the rules worked around: each is optional (absent means
 * unknown), has a snake_case JSON name, and the constructors of the earlier component lists leave
 * them unknown.
 */
class ModelGapsTest {

  private final ObjectMapper mapper = EparJson.mapper();

  @Test
  void site_tvScreenInchesAndServesVillageStations_readWrittenAndAbsentIsUnknown()
      throws Exception {
    Site site =
        mapper.readValue(
            "{\"type\":\"site\",\"id\":\"S-1\",\"site_type\":\"EXPRESS_OUTLET\","
                + "\"tv_screen_inches\":42,\"serves_village_stations\":false}",
            Site.class);
    assertEquals(42, site.tvScreenInches());
    assertEquals(Boolean.FALSE, site.servesVillageStations());
    JsonNode written = mapper.valueToTree(site);
    assertEquals(42, written.get("tv_screen_inches").asInt());
    assertFalse(written.get("serves_village_stations").asBoolean());

    Site absent = mapper.readValue("{\"type\":\"site\",\"id\":\"S-2\"}", Site.class);
    assertNull(absent.tvScreenInches());
    assertNull(absent.servesVillageStations());
    Site explicitNull =
        mapper.readValue(
            "{\"type\":\"site\",\"id\":\"S-2\",\"tv_screen_inches\":null,"
                + "\"serves_village_stations\":null}",
            Site.class);
    assertEquals(absent, explicitNull);
  }

  @Test
  void product_mainProductAndCertificates_roundTrip() throws Exception {
    Product p =
        new Product(
            "PR-1",
            "小米",
            null,
            List.of(),
            Set.of(CertificationType.GREEN_FOOD),
            null,
            true,
            false,
            true,
            Boolean.TRUE,
            List.of(new Certificate(CertificationType.GREEN_FOOD, "中国绿色食品发展中心", "LB-18-0001")));
    String json = mapper.writeValueAsString(p);
    assertTrue(json.contains("\"main_product\":true"), json);
    assertTrue(json.contains("\"certificates\":[{\"type\":\"GREEN_FOOD\",\"issuer\":"), json);
    assertEquals(p, mapper.readValue(json, Product.class));

    Product absent = mapper.readValue("{\"type\":\"product\",\"id\":\"PR-2\"}", Product.class);
    assertNull(absent.mainProduct());
    assertEquals(List.of(), absent.certificates());
  }

  @Test
  void county_demonstrationsPerProgramme_roundTrip() throws Exception {
    County c =
        new County(
            DivisionCode.of("130425"),
            "大名县",
            true,
            DemonstrationLevel.NATIONAL,
            false,
            2017,
            List.of(
                new DemonstrationStatus(
                    DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES,
                    DemonstrationLevel.NATIONAL,
                    2017),
                new DemonstrationStatus(
                    DemonstrationProgramme.ECOMMERCE_POVERTY_ALLEVIATION,
                    DemonstrationLevel.NONE,
                    null)));
    JsonNode written = mapper.valueToTree(c);
    assertEquals(
        "ECOMMERCE_INTO_VILLAGES", written.get("demonstrations").get(0).get("programme").asText());
    assertEquals(c, mapper.treeToValue(written, County.class));
    County absent = mapper.readValue("{\"type\":\"county\",\"code\":\"130425\"}", County.class);
    assertEquals(List.of(), absent.demonstrations());
  }

  @Test
  void enterpriseVillageDisclosureFundPerformance_newComponentsHaveSnakeCaseNames() {
    Enterprise e =
        new Enterprise(
            CreditCode.of("91130425MA0CX0XX0X"),
            "某旅游公司",
            Set.of(EnterpriseRole.RURAL_TOURISM),
            null,
            Money.ofFen(100),
            0,
            Money.ofFen(500_000_000L));
    assertEquals("5000000.00", mapper.valueToTree(e).get("annual_online_transactions").asText());
    Village v =
        new Village(
            DivisionCode.of("130425100201"),
            null,
            600,
            true,
            true,
            true,
            true,
            true,
            true,
            List.of(),
            Boolean.TRUE);
    assertTrue(mapper.valueToTree(v).get("ecommerce_helped").asBoolean());
    Disclosure d =
        new Disclosure(
            "DS-1",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            Boolean.TRUE,
            "http://www.daming.gov.cn/zwgk/");
    JsonNode dj = mapper.valueToTree(d);
    assertTrue(dj.get("comment_window").asBoolean());
    assertEquals("http://www.daming.gov.cn/zwgk/", dj.get("website_section").asText());
    FundPerformance f = new FundPerformance(null, null, null, null, null, null, Boolean.FALSE);
    assertFalse(mapper.valueToTree(f).get("evaluation_passed").asBoolean());
  }

  @Test
  void earlierConstructors_leaveTheNewComponentsUnknown() {
    Site site =
        new Site(
            "S-1",
            SiteType.VILLAGE_STATION,
            null,
            null,
            null,
            null,
            1,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            0);
    assertNull(site.tvScreenInches());
    assertNull(site.servesVillageStations());
    assertNull(new FundPerformance(null, null, null, null, null, null).evaluationPassed());
    assertEquals(
        List.of(),
        new County(DivisionCode.of("130425"), null, false, null, false, 0).demonstrations());
    Product p = new Product(null, null, null, null, null, null, false, false, false);
    assertNull(p.mainProduct());
    assertEquals(List.of(), p.certificates());
    assertNull(new Enterprise(null, null, null, null, null, 0).annualOnlineTransactions());
    assertNull(
        new Village(
                DivisionCode.of("130425100201"),
                null,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                null)
            .ecommerceHelped());
    Disclosure d = new Disclosure(null, null, null, null, null, null, null, null, null, null, null);
    assertNull(d.commentWindow());
    assertNull(d.websiteSection());
  }
}
