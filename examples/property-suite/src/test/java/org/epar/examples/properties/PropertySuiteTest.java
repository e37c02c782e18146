package org.epar.examples.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the suite as its {@code main} does. */
class PropertySuiteTest {

  @Test
  void run_everyPropertyHolds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = PropertySuite.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertEquals(5, out.lines().filter(l -> l.startsWith("ok   ")).count(), out);
    assertTrue(out.contains("ok   every record survives a JSON round trip unchanged"), out);
  }
}
