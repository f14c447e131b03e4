package org.jixiao.extract.table;

import java.util.EnumMap;
import java.util.Map;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The groups (goal, level 1, level 2) a table's rows sit in, as reading goes down the table: the
 * group a coded or numbered group row sets (A1部门职能, 一 决策), and the groups of the row above,
 * which a blank group cell continues (a merge the format did not keep). Each value keeps the place
 * it was read from.
 */
final class GroupTrail {
  /** A group field of an indicator row. */
  enum Field {
    GOAL(IndicatorField.goal),
    LEVEL1(IndicatorField.level1),
    LEVEL2(IndicatorField.level2);

    final IndicatorField json;

    Field(IndicatorField json) {
      this.json = json;
    }
  }

  private final Map<Field, String> set = new EnumMap<>(Field.class);
  private final Map<Field, String> last = new EnumMap<>(Field.class);
  private final Map<Field, SourceRef> lastAt = new EnumMap<>(Field.class);

  /** Continues the groups a previous table ended in (its rows' places are not carried over). */
  void continueFrom(TableContext previous) {
    put(last, Field.GOAL, previous.goal());
    put(last, Field.LEVEL1, previous.level1());
    put(last, Field.LEVEL2, previous.level2());
  }

  /** A new header: groups set by group rows no longer apply. */
  void newHeader() {
    set.clear();
  }

  /** A group row sets {@code field} (and clears the levels below it). */
  void set(Field field, String value) {
    set.put(field, value);
    if (field == Field.LEVEL1) {
      set.remove(Field.LEVEL2);
    }
  }

  @Nullable String set(Field field) {
    return set.get(field);
  }

  /**
   * The value of {@code field} for a row: its own cell, else what a group row set, else (where the
   * header has the column) the row above's. The value's source goes into {@code sources}.
   */
  @Nullable String resolve(Field field, @Nullable String own, @Nullable SourceRef ownAt, boolean continues,
      Map<IndicatorField, SourceRef> sources) {
    String value;
    SourceRef at;
    if (own != null) {
      value = own;
      at = ownAt;
      if (at != null) {
        lastAt.put(field, at);
      }
    } else if (set.get(field) != null) {
      value = set.get(field);
      at = null;
    } else if (continues) {
      value = last.get(field);
      at = value == null ? null : lastAt.get(field);
    } else {
      value = null;
      at = null;
    }
    if (at != null) {
      sources.put(field.json, at);
    }
    put(last, field, value);
    return value;
  }

  /** The value of {@code field} the last row read had. */
  @Nullable String last(Field field) {
    return last.get(field);
  }

  /** The group stated as none here ("—"): the rows after it, until another is stated, have none either. */
  void none(Field field) {
    put(last, field, null);
    lastAt.remove(field);
  }

    TableContext context(HeaderRow header, int cols) {
    return new TableContext(header, cols, last.get(Field.GOAL), last.get(Field.LEVEL1), last.get(Field.LEVEL2));
  }

  private static void put(Map<Field, String> map, Field f, @Nullable String v) {
    if (v == null) {
      map.remove(f);
    } else {
      map.put(f, v);
    }
  }
}
