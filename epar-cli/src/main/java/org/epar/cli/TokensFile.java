package org.epar.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.grpc.spi.Principal;

/**
 * The tokens file of {@code epar serve}, parsed strictly: UTF-8, one {@code token =
 * [contractor:]CREDITCODE [scope,scope]}, {@code token = county:COUNTY} (6 digits) or {@code token
 * = province:PROVINCE} (2 digits; both read-only, without scopes) per line, blank lines and lines
 * starting with {@code #} ignored. The token is 1 to 256 visible ASCII characters (what an {@code
 * authorization} header can carry); the credit code must be a valid GB 32100 code; the scopes, when
 * given, are {@code reports.submit} and/or {@code reports.read} (without them, both). Any other
 * line is an error naming the file and the line number, never the line's content, since it holds a
 * secret.
 */
final class TokensFile {

  /** Longest token accepted. */
  static final int MAX_TOKEN_LENGTH = 256;

  private static final String CONTRACTOR = "contractor:";
  private static final String COUNTY = "county:";
  private static final String PROVINCE = "province:";

  private static final Set<String> SCOPES = Set.of(Principal.SUBMIT, Principal.READ);

  private TokensFile() {}

  /**
   * Reads and checks the file.
   *
   * @param file the tokens file
   * @param msgs the messages
   * @return token to principal, in file order
   * @throws Failures.CliException if the file cannot be read, is not UTF-8, has no token, or has a
   *     line that is not a valid token entry (the message names its number)
   */
  static Map<String, Principal> read(Path file, Messages msgs) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      throw new Failures.CliException(msgs.get("error.read", file, ServeCommand.reason(e)));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Failures.CliException(msgs.get("serve.tokens-not-utf8", file));
    }
    return parse(text, file, msgs);
  }

  /** Parses the text of a tokens file; {@code file} only names it in errors. */
  static Map<String, Principal> parse(String text, Path file, Messages msgs) {
    Map<String, Principal> tokens = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw error(file, number, msgs.get("tokens.no-equals"), msgs);
      }
      String token = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (token.isEmpty()) {
        throw error(file, number, msgs.get("tokens.empty-token"), msgs);
      }
      if (token.length() > MAX_TOKEN_LENGTH
          || !token.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
        throw error(file, number, msgs.get("tokens.bad-token", MAX_TOKEN_LENGTH), msgs);
      }
      if (tokens.containsKey(token)) {
        throw error(file, number, msgs.get("tokens.duplicate"), msgs);
      }
      String[] parts = value.split("\\s+", 2);
      if (parts[0].startsWith(COUNTY) || parts[0].startsWith(PROVINCE)) {
        tokens.put(token, office(parts, file, number, msgs));
        continue;
      }
      if (parts[0].startsWith(CONTRACTOR)) {
        parts[0] = parts[0].substring(CONTRACTOR.length());
      }
      if (parts[0].isEmpty()) {
        throw error(file, number, msgs.get("tokens.no-credit-code"), msgs);
      }
      CreditCode code = CreditCode.of(parts[0]);
      if (!code.isValid()) {
        throw error(file, number, msgs.get("tokens.bad-credit-code", code.problems()), msgs);
      }
      Set<String> scopes = new LinkedHashSet<>();
      if (parts.length == 1) {
        scopes.addAll(List.of(Principal.SUBMIT, Principal.READ));
      } else {
        for (String scope : parts[1].split("\\s*,\\s*", -1)) {
          if (!SCOPES.contains(scope.strip())) {
            throw error(
                file,
                number,
                msgs.get(
                    "tokens.bad-scope",
                    String.join(", ", List.of(Principal.SUBMIT, Principal.READ))),
                msgs);
          }
          scopes.add(scope.strip());
        }
      }
      tokens.put(token, new Principal(code, scopes));
    }
    if (tokens.isEmpty()) {
      throw new Failures.CliException(msgs.get("serve.no-tokens", file));
    }
    return tokens;
  }

  /** A county or province office's token: {@code county:CODE} or {@code province:CODE}. */
  private static Principal office(String[] parts, Path file, int number, Messages msgs) {
    boolean county = parts[0].startsWith(COUNTY);
    String code = parts[0].substring(county ? COUNTY.length() : PROVINCE.length());
    if (parts.length > 1) {
      throw error(file, number, msgs.get("tokens.office-scopes"), msgs);
    }
    if (county) {
      if (!code.matches("\\d{6}") || !isCounty(code)) {
        throw error(file, number, msgs.get("tokens.bad-county"), msgs);
      }
      return Principal.county(DivisionCode.of(code));
    }
    if (!code.matches("\\d{2}")) {
      throw error(file, number, msgs.get("tokens.bad-province"), msgs);
    }
    try {
      return Principal.province(code);
    } catch (IllegalArgumentException e) {
      throw error(file, number, msgs.get("tokens.bad-province"), msgs);
    }
  }

  private static boolean isCounty(String code) {
    try {
      return DivisionCode.of(code).isAtLevel(DivisionLevel.COUNTY);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Failures.CliException error(Path file, int line, String problem, Messages msgs) {
    return new Failures.CliException(msgs.get("serve.bad-tokens", file, line, problem));
  }
}
