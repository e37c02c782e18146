package org.epar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.epar.validation.Profile;
import org.epar.validation.ProfileException;
import org.epar.validation.Profiles;

/** Resolves a {@code --profile} value: a built-in profile id, or a path to a profile file. */
final class ProfileOption {

  private ProfileOption() {}

  static Profile resolve(String value, Messages msgs) {
    try {
      if (Profiles.builtInIds().contains(value)) {
        return Profiles.builtIn(value);
      }
      Path file = Path.of(value);
      if (Files.isRegularFile(file)) {
        return Profiles.load(file);
      }
    } catch (ProfileException e) {
      throw new Failures.CliException(msgs.get("error.profile", value, e.getMessage()));
    } catch (java.nio.file.InvalidPathException e) {
      // not a path either: fall through to the usage message
    }
    throw new Failures.CliException(
        msgs.get("error.unknown-profile", value, String.join(", ", Profiles.builtInIds())));
  }
}
