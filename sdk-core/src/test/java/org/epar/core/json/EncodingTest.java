package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.Dataset;
import org.epar.core.model.Village;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON and NDJSON are UTF-8, decoded strictly: bad bytes are reported with the likely encoding. */
class EncodingTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private static String village(String code, String name) {
    return "{\"type\":\"village\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}";
  }

  /** Four lines: ASCII only, two with Chinese names, ASCII only again. */
  private static byte[] ndjson(Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line :
        List.of(
            village("130425100201", "Nanzhuang"),
            village("130425100202", "王庄村"),
            village("130425100203", "李屯村"),
            village("130425100204", "Beiying"))) {
      out.writeBytes((line + "\n").getBytes(cs));
    }
    return out.toByteArray();
  }

  private static List<NdjsonLine> lines(NdjsonReader reader) {
    List<NdjsonLine> out = new ArrayList<>();
    try (reader) {
      reader.forEach(out::add);
    }
    return out;
  }

  @Test
  void gbkNdjsonReadAsUtf8_givesOneUndecodableLinePerAffectedLine_namingGbk_andGoesOn() {
    List<NdjsonLine> lines = lines(NdjsonReader.of(new ByteArrayInputStream(ndjson(GBK))));
    assertEquals(4, lines.size());
    assertInstanceOf(NdjsonLine.Parsed.class, lines.get(0));
    assertInstanceOf(NdjsonLine.Parsed.class, lines.get(3));
    for (int i : new int[] {1, 2}) {
      NdjsonLine.Malformed m = assertInstanceOf(NdjsonLine.Malformed.class, lines.get(i));
      assertEquals(i + 1, m.lineNumber());
      assertTrue(m.undecodable());
      assertEquals("GBK/GB18030", m.likelyEncoding());
      assertTrue(
          m.problem()
              .startsWith("not valid UTF-8 (byte 49 of the line); it looks like" + " GBK/GB18030"),
          m.problem());
      assertFalse(m.problem().contains("庄") || m.problem().contains("屯"), m.problem());
    }
  }

  @Test
  void gbkNdjsonReadAsGb18030_givesTheChineseNames() {
    List<NdjsonLine> lines = lines(NdjsonReader.of(new ByteArrayInputStream(ndjson(GBK)), GB18030));
    List<String> names = new ArrayList<>();
    for (NdjsonLine l : lines) {
      names.add(((Village) assertInstanceOf(NdjsonLine.Parsed.class, l).record()).name());
    }
    assertEquals(List.of("Nanzhuang", "王庄村", "李屯村", "Beiying"), names);
  }

  @Test
  void ndjsonFile_readWithEparJson_inUtf8AndGb18030() throws Exception {
    Path file = dir.resolve("gbk.ndjson");
    Files.write(file, ndjson(GBK));
    DatasetRead utf8 = EparJson.readNdjson(file);
    assertEquals(2, utf8.dataset().villages().size());
    assertEquals(
        List.of(2L, 3L), utf8.malformed().stream().map(NdjsonLine.Malformed::lineNumber).toList());
    utf8.dataset().villages().forEach(v -> assertFalse(v.name().contains("\uFFFD")));
    DatasetRead gb = EparJson.readNdjson(file, GB18030);
    assertTrue(gb.isClean());
    assertEquals("李屯村", gb.dataset().villages().get(2).name());
  }

  @Test
  void utf8Ndjson_readAsUtf8_isClean_andABomIsDropped() {
    byte[] body = ndjson(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    List<NdjsonLine> lines = lines(NdjsonReader.of(new ByteArrayInputStream(withBom)));
    assertEquals(4, lines.size());
    lines.forEach(l -> assertInstanceOf(NdjsonLine.Parsed.class, l));
  }

  @Test
  void bytesValidInNoKnownEncoding_areUndecodable_withoutALikelyEncoding() {
    byte[] line = village("130425100201", "X").getBytes(StandardCharsets.US_ASCII);
    line[47] = (byte) 0xFF; // inside the name; 0xFF is neither UTF-8 nor GB18030
    List<NdjsonLine> lines = lines(NdjsonReader.of(new ByteArrayInputStream(line)));
    NdjsonLine.Malformed m = assertInstanceOf(NdjsonLine.Malformed.class, lines.get(0));
    assertTrue(m.undecodable());
    assertNull(m.likelyEncoding());
    assertEquals("not valid UTF-8 (byte 48 of the line)", m.problem());
  }

  @Test
  void utf8ReadAsGb18030_whenInvalidThere_looksLikeUtf8() {
    // "村" in UTF-8 is E6 9D 91; the line ends right after it, so GB18030 sees a lone trail byte
    byte[] bytes = "{\"type\":\"village\",\"name\":\"\u6751".getBytes(StandardCharsets.UTF_8);
    List<NdjsonLine> lines = lines(NdjsonReader.of(new ByteArrayInputStream(bytes), GB18030));
    NdjsonLine.Malformed m = assertInstanceOf(NdjsonLine.Malformed.class, lines.get(0));
    assertTrue(m.undecodable());
    assertEquals("UTF-8", m.likelyEncoding());
  }

  @Test
  void lineLimit_countsCharactersNotBytes_atTheBoundary() {
    String atLimit = village("130425100201", "王".repeat(10));
    int limit = atLimit.length();
    byte[] two =
        (atLimit + "\n" + village("130425100201", "王".repeat(11)) + "\n").getBytes(GB18030);
    List<NdjsonLine> lines =
        lines(NdjsonReader.of(new ByteArrayInputStream(two), GB18030, EparJson.mapper(), limit));
    assertInstanceOf(NdjsonLine.Parsed.class, lines.get(0));
    NdjsonLine.Malformed m = assertInstanceOf(NdjsonLine.Malformed.class, lines.get(1));
    assertFalse(m.undecodable());
    assertEquals("line longer than " + limit + " characters", m.problem());
  }

  @Test
  void utf16_isRefusedForNdjson() {
    assertThrows(
        IllegalArgumentException.class,
        () -> NdjsonReader.of(new ByteArrayInputStream(new byte[0]), StandardCharsets.UTF_16));
  }

  @Test
  void gbkJsonDocument_readDataset_failsNamingGbk_andReadsWithGb18030() throws Exception {
    Path file = dir.resolve("county.json");
    Files.write(
        file,
        ("{\"scope\":\"130425\",\n\"villages\":[" + village("130425100202", "王庄村") + "]}")
            .getBytes(GBK));
    EparJsonException e = assertThrows(EparJsonException.class, () -> EparJson.readDataset(file));
    assertEquals("GBK/GB18030", e.likelyEncoding());
    assertTrue(e.undecodable());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("looks like GBK/GB18030"), e.getMessage());
    assertFalse(e.getMessage().contains("王"), e.getMessage());
    Dataset d = EparJson.readDataset(file, GB18030);
    assertEquals("王庄村", d.villages().get(0).name());
  }
}
