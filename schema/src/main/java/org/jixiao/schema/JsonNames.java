package org.jixiao.schema;

import java.util.function.Function;

/** The {@code @JsonCreator} side of enums written in JSON under a name of their own. */
final class JsonNames {
  private JsonNames() {}

  /** The constant of {@code type} whose JSON name is {@code name}; unknown names are rejected. */
  static <E extends Enum<E>> E constant(Class<E> type, Function<E, String> jsonName, String name) {
    for (E e : type.getEnumConstants()) {
      if (jsonName.apply(e).equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " is written " + name);
  }
}
