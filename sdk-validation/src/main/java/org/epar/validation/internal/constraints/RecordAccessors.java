package org.epar.validation.internal.constraints;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see record accessors ({@code citizenId()}) as getters, besides the
 * JavaBeans {@code getX()}/{@code isX()}, so a constraint mapping can say {@code
 * .getter("citizenId")} and the property path reads {@code members[0].citizenId}.
 */
public final class RecordAccessors implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES =
      Set.of(
          "hashCode",
          "toString",
          "getClass",
          "clone",
          "key",
          "recordType",
          "notify",
          "notifyAll",
          "wait",
          "finalize");

  /** Creates the strategy. */
  public RecordAccessors() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (name.length() > 2
        && name.startsWith("is")
        && Character.isUpperCase(name.charAt(2))
        && executable.getReturnType() == boolean.class) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String cap = propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
    return List.of(propertyName, "get" + cap, "is" + cap);
  }

  private static String decapitalize(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
