package org.epar.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.epar.core.json.EparJson;
import org.epar.core.json.Ndjson;
import org.epar.core.model.Dataset;
import org.epar.testkit.Counties;

/** Data files for the CLI tests, written once per JVM into a temporary directory. */
final class Fixtures {

  /** A valid citizen identity number (check character right) that must never be printed. */
  static final String VALID_CITIZEN = "11010519491231002X";

  /** An invalid one (wrong check character) that must never be printed either. */
  static final String INVALID_CITIZEN = "110105194912310021";

  private static final Path DIR;
  private static final Dataset DAMING = Counties.damingLike(42L);

  static {
    try {
      DIR = Files.createTempDirectory("epar-cli-test");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Fixtures() {}

  /** The Daming-like county of the testkit as NDJSON. */
  static synchronized Path damingNdjson() {
    Path p = DIR.resolve("daming.ndjson");
    if (!Files.exists(p)) {
      Ndjson.writeDataset(p, DAMING);
    }
    return p;
  }

  /** The number of records of the Daming-like county. */
  static int damingSize() {
    return DAMING.size();
  }

  /**
   * The county lagging behind its plan, as NDJSON: no daily reports were sent and every second
   * village station is missing.
   */
  static synchronized Path laggingCountyNdjson() {
    Path p = DIR.resolve("lagging-county.ndjson");
    if (!Files.exists(p)) {
      java.util.List<org.epar.core.model.EparRecord> kept = new java.util.ArrayList<>();
      int stations = 0;
      for (java.util.Iterator<org.epar.core.model.EparRecord> it = DAMING.records().iterator();
          it.hasNext(); ) {
        org.epar.core.model.EparRecord r = it.next();
        if (r instanceof org.epar.core.model.DailyReport) {
          continue;
        }
        if (r instanceof org.epar.core.model.Site site
            && site.type() == org.epar.core.model.SiteType.VILLAGE_STATION
            && stations++ % 2 == 1) {
          continue;
        }
        kept.add(r);
      }
      Ndjson.writeDataset(p, Dataset.of(DAMING.scope(), kept));
    }
    return p;
  }

  /** The same county as one JSON dataset document. */
  static synchronized Path damingDocument() throws IOException {
    Path p = DIR.resolve("daming.json");
    if (!Files.exists(p)) {
      EparJson.mapper().writeValue(p.toFile(), DAMING);
    }
    return p;
  }

  /** A profile file with the integrity rules only. */
  static synchronized Path coreOnlyProfile() throws IOException {
    Path p = DIR.resolve("core-only.json");
    try (InputStream in = Fixtures.class.getResourceAsStream("/core-only.json")) {
      Files.copy(java.util.Objects.requireNonNull(in), p, StandardCopyOption.REPLACE_EXISTING);
    }
    return p;
  }

  /**
   * A small NDJSON file: a village (line 1), a blank line, a line that is not JSON (line 3), a
   * household whose members carry {@link #VALID_CITIZEN} and {@link #INVALID_CITIZEN} (line 4), and
   * a record of an unknown type (line 5).
   */
  static Path brokenNdjson(String name) throws IOException {
    ObjectNode village = (ObjectNode) EparJson.mapper().valueToTree(DAMING.villages().get(0));
    ObjectNode household = (ObjectNode) EparJson.mapper().valueToTree(DAMING.households().get(0));
    ((ObjectNode) household.get("members").get(0)).put("citizen_id", VALID_CITIZEN);
    ((ObjectNode) household.get("members").get(1)).put("citizen_id", INVALID_CITIZEN);
    household.put("village", village.get("code").asText());
    String text =
        village
            + "\n\n{\"type\":\"village\", not json\n"
            + household
            + "\n{\"type\":\"spaceship\"}\n";
    Path p = DIR.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** A dataset document with a JSON syntax error on line 3. */
  static Path brokenDocument() throws IOException {
    Path p = DIR.resolve("broken.json");
    Files.writeString(
        p,
        "{\n  \"villages\": [\n    {\"code\": \"130425100001\",, }\n  ]\n}\n",
        StandardCharsets.UTF_8);
    return p;
  }
}
