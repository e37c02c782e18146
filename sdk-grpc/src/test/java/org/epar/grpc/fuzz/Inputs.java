package org.epar.grpc.fuzz;

import java.nio.charset.StandardCharsets;

/** Helpers shared by the fuzz targets. */
final class Inputs {

  private Inputs() {}

  /**
   * The fuzzer's bytes as text: UTF-8 where they are UTF-8 (malformed sequences become U+FFFD), so
   * the seed files stay readable and the mutator still reaches every character.
   */
  static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }
}
