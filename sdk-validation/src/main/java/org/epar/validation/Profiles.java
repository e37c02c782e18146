package org.epar.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.epar.validation.internal.ProfileReader;

/**
 * Built-in profiles and loading of profile files.
 *
 * <p>A profile file is JSON:
 *
 * <pre>{@code
 * {"id": "daming-2017", "version": "1", "name_en": "...", "name_zh": "...",
 *  "document": "大名县2017年电子商务进农村综合示范工作方案 (2017)",
 *  "rules": {"DM-SITE-02": {"severity": "WARNING",
 *                           "parameters": {"village_coverage_min": "0.50", ...}}, ...}}
 * }</pre>
 *
 * <p>A county may start from a built-in profile with {@code "extends": "daming-2017"} and give only
 * the rules and parameters it changes. A profile is rejected with a {@link ProfileException} when
 * it names a rule the catalog does not know, lacks a parameter the rule declares, gives a parameter
 * the rule does not declare, or gives a value that does not fit the parameter's unit.
 *
 * <p>Thread-safe; built-in profiles are loaded once and cached.
 *
 * @since 0.1.0
 */
public final class Profiles {

  private static final List<String> BUILT_IN =
      List.of("guangdong-2018", "heilongjiang-2016", "daming-2017", "henan-2018", "chongqing-2017");

  private static final Map<String, Profile> CACHE = new ConcurrentHashMap<>();

  private Profiles() {}

  /**
   * The ids of the built-in profiles, in the order of the rule catalog ({@code docs/catalog.md}).
   *
   * @return {@code guangdong-2018, heilongjiang-2016, daming-2017, henan-2018, chongqing-2017}
   */
  public static List<String> builtInIds() {
    return BUILT_IN;
  }

  /**
   * A built-in profile.
   *
   * @param id one of {@link #builtInIds()}
   * @return the profile
   * @throws ProfileException if there is no built-in profile with this id
   */
  public static Profile builtIn(String id) {
    if (!BUILT_IN.contains(id)) {
      throw new ProfileException(
          "no built-in profile " + id + "; built-in profiles: " + BUILT_IN, id, null, null);
    }
    Profile cached = CACHE.get(id);
    if (cached != null) {
      return cached;
    }
    String resource = "/org/epar/validation/profiles/" + id + ".json";
    try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ProfileException("missing resource " + resource, id, null, null);
      }
      Profile p = ProfileReader.read(in, RuleCatalog.standard(), resource);
      CACHE.putIfAbsent(id, p);
      return p;
    } catch (IOException e) {
      throw new ProfileException("cannot read " + resource, id, e);
    }
  }

  /**
   * Loads a profile file, checked against the standard catalog.
   *
   * @param file a JSON profile file
   * @return the profile
   * @throws ProfileException if the file cannot be read or the profile is rejected
   */
  public static Profile load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return ProfileReader.read(in, RuleCatalog.standard(), file.toString());
    } catch (IOException e) {
      throw new ProfileException("cannot read profile file " + file, null, e);
    }
  }

  /**
   * Loads a profile from a stream, checked against the standard catalog. The stream is not closed.
   *
   * @param json the JSON profile
   * @return the profile
   * @throws ProfileException if the profile is rejected
   */
  public static Profile load(InputStream json) {
    return load(json, RuleCatalog.standard());
  }

  /**
   * Loads a profile from a stream, checked against a catalog that may include a vendor's own rules.
   * The stream is not closed.
   *
   * @param json the JSON profile
   * @param catalog the rules the profile may name
   * @return the profile
   * @throws ProfileException if the profile is rejected
   */
  public static Profile load(InputStream json, RuleCatalog catalog) {
    return ProfileReader.read(json, catalog, "<stream>");
  }
}
