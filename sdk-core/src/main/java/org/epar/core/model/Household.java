package org.epar.core.model;

import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * A registered poor household (建档立卡贫困户) and its members.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the household's id; never a citizen identity number; may be null
 * @param village the village it lives in; may be null
 * @param registeredPoor whether it is registered as poor
 * @param status its poverty status; may be null
 * @param members its members
 * @since 0.1.0
 */
public record Household(
    @Nullable String id,
    @Nullable DivisionCode village,
    boolean registeredPoor,
    @Nullable PovertyStatus status,
    List<Member> members) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Household {
    members = Copies.list(members);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
