package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.model.Site;
import org.epar.core.model.Village;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EparJson's read and write methods, which keep the shared mapper out of callers' hands. */
class EparJsonIoTest {

  @TempDir Path dir;

  private static Dataset sample() {
    Dataset.Builder b = Dataset.builder();
    for (RecordType t : RecordType.values()) {
      b.add(Examples.of(t));
    }
    return b.build();
  }

  @Test
  void writeDatasetThenReadDataset_givesTheDatasetBack() {
    Dataset d = sample();
    Path json = dir.resolve("county.json");
    EparJson.writeDataset(json, d);
    assertEquals(d, EparJson.readDataset(json));
    Path ndjson = dir.resolve("county.ndjson");
    EparJson.writeNdjson(ndjson, d);
    DatasetRead read = EparJson.readNdjson(ndjson);
    assertTrue(read.isClean());
    assertEquals(d.records().toList(), read.dataset().records().toList());
  }

  @Test
  void toJsonThenReadRecord_anyTypeAndByClass() {
    for (RecordType t : RecordType.values()) {
      EparRecord r = Examples.of(t);
      String json = EparJson.toJson(r);
      assertEquals(r, EparJson.readRecord(json), t.toString());
      assertEquals(r, EparJson.readRecord(json, t.javaType()), t.toString());
    }
    Site s = EparJson.readRecord("{\"id\":\"S-1\"}", Site.class);
    assertEquals("S-1", s.id());
  }

  @Test
  void readRecord_badInput_isAnEparJsonException_freeOfValues() {
    EparJsonException noType =
        assertThrows(EparJsonException.class, () -> EparJson.readRecord("{\"name\":\"王伟\"}"));
    assertTrue(noType.problem().startsWith("missing \"type\""), noType.problem());
    EparJsonException wrong =
        assertThrows(
            EparJsonException.class,
            () -> EparJson.readRecord("{\"type\":\"village\",\"residents\":\"王伟\"}"));
    assertTrue(wrong.problem().endsWith("at residents"), wrong.problem());
    assertFalse(wrong.getMessage().contains("王伟"), wrong.getMessage());
    assertEquals(1, wrong.line());
    assertNull(wrong.likelyEncoding());
    assertFalse(wrong.undecodable());
    assertThrows(EparJsonException.class, () -> EparJson.readRecord("null"));
    assertThrows(
        EparJsonException.class,
        () -> EparJson.readRecord("{\"type\":\"village\"} {\"type\":\"village\"}"));
  }

  @Test
  void readDataset_reportsTheLineOfABadValue() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\n\"villages\": [\n{\"code\": \"130425100201\",\n\"residents\": true}]}",
        StandardCharsets.UTF_8);
    EparJsonException e = assertThrows(EparJsonException.class, () -> EparJson.readDataset(file));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("bad.json line 4"), e.getMessage());
    Dataset d = EparJson.readDataset("{\"villages\":[{\"code\":\"130425100201\"}]}");
    assertInstanceOf(Village.class, d.villages().get(0));
  }
}
