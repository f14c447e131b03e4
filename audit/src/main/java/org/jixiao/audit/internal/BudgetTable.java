package org.jixiao.audit.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.number.MoneyUnit;
import org.jspecify.annotations.Nullable;

/**
 * 预算执行表: a budget block as the linear text prints it, a header line naming the columns (年初预算数,
 * 全年预算数, 执行数, 执行率) and the lines under it, each cell with its place in the text. Read by
 * {@link BudgetTableReader}; what the checks compare line by line.
 *
 * @param unit the money unit the header or the line above it declares, null when none is printed
 */
public record BudgetTable(int start, @Nullable MoneyUnit unit, List<Line> lines) {
  public BudgetTable {
    lines = List.copyOf(lines);
  }

  /** The columns a budget table has; other columns (分值, 得分) are not read. */
  public enum Column {
    INITIAL("年初预算数"),
    BUDGET("全年预算数"),
    SPEND("执行数"),
    RATE("执行率");

    private final String label;

    Column(String label) {
      this.label = label;
    }

    /** The Chinese name used in messages. */
    public String label() {
      return label;
    }
  }

  /** What a line stands for, from its label. */
  public enum Role {
    TOTAL,
    BASIC,
    PROJECT,
    OTHER
  }

  /**
   * One cell under a column: its text as printed, its number (null for —, 无 or blank) and its
   * span in the linear text.
   */
  public record Cell(String text, @Nullable BigDecimal value, int start, int end) {
    public SourceRef where(String file) {
      return new TextSpan(file, null, start, end);
    }

    /** The printed text, with the unit when it is not written in the cell. */
    public String shown(@Nullable MoneyUnit unit) {
      return unit == null || value == null || !Character.isDigit(text.charAt(text.length() - 1)) ? text : text + unit.symbol();
    }
  }

  /**
   * One line of the table.
   *
   * @param label the line's label as printed (其中：基本支出), or the header's when the line has none
   * @param name the label without its 其中/（1） lead: what messages call the line
   * @param code the line's 支出功能分类科目 code (208, 20801, 2080101) printed before its label, else null
   */
  public record Line(String label, String name, @Nullable String code, Role role, int start, int end, Map<Column, Cell> cells) {
    public Line {
      cells = cells.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(cells));
    }

    public Optional<Cell> cell(Column column) {
      return Optional.ofNullable(cells.get(column));
    }

    /** The number under {@code column}, if the line prints one there. */
    public Optional<BigDecimal> value(Column column) {
      return cell(column).map(Cell::value);
    }
  }

  /** The first line with {@code role}, if any. */
  public Optional<Line> first(Role role) {
    return lines.stream().filter(l -> l.role() == role).findFirst();
  }

  /** The lines with {@code role}. */
  public List<Line> all(Role role) {
    return lines.stream().filter(l -> l.role() == role).toList();
  }
}
