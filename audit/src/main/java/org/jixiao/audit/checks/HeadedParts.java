package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;

/**
 * A whole and its parts side by side in a header line, their figures on the line under it: "总投资 | 其中：专项债券资金 |
 * 财政预算资金 | 其他资金" over "12,600.00 | 8,000.00 | 2,400.00 | 2,000.00" (h460, a 专项债券 form's 项目总投资 block). The
 * whole's cell names a total (总…, 合计, 总计); the parts run from the cell opening with 其中 to the last figure of the
 * line under it. The list is exhaustive when its last part is the rest ("其他资金"); otherwise the parts may leave one out
 * and only a sum above the whole contradicts it.
 */
final class HeadedParts {
  /** One such block: the whole, its parts, and where the whole's figure stands. */
  record Block(String label, BigDecimal whole, String wholeText, List<String> partLabels, List<BigDecimal> parts,
      boolean exhaustive, int start, int end) {
    BigDecimal sum() {
      return parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  private static final List<String> WHOLE = List.of("合计", "总计");

  private HeadedParts() {}

  static List<Block> in(String text) {
    List<Block> out = new ArrayList<>();
    List<TabLine> lines = TabLine.of(text);
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<String> head = lines.get(i).texts();
      TabLine values = lines.get(i + 1);
      int first = -1;
      for (int c = 1; c < head.size(); c++) {
        if (Names.compact(head.get(c)).startsWith("其中")) {
          first = c;
          break;
        }
      }
      if (first < 1 || !whole(head.get(first - 1)) || values.cells().length <= first) {
        continue;
      }
      Optional<BigDecimal> whole = figure(values.cells()[first - 1]);
      List<String> labels = new ArrayList<>();
      List<BigDecimal> parts = new ArrayList<>();
      for (int c = first; c < head.size() && c < values.cells().length; c++) {
        Optional<BigDecimal> part = figure(values.cells()[c]);
        if (part.isEmpty()) {
          break;
        }
        labels.add(Names.compact(head.get(c)).replaceFirst("^其中[:：]?", ""));
        parts.add(part.get());
      }
      if (whole.isEmpty() || parts.size() < 2) {
        continue;
      }
      int start = values.cellStart(first - 1);
      String wholeText = values.cells()[first - 1].strip();
      out.add(new Block(Names.compact(head.get(first - 1)), whole.get(), wholeText, labels, parts,
          labels.getLast().startsWith("其他") || labels.getLast().startsWith("其它"), start,
          start + values.cells()[first - 1].length()));
    }
    return out;
  }

  /** A header cell naming a whole: 总投资, 总金额, 合计, 总计. */
  private static boolean whole(String cell) {
    String name = Names.compact(cell);
    return name.length() >= 2 && (name.startsWith("总") || WHOLE.contains(name));
  }

  private static Optional<BigDecimal> figure(String cell) {
    String t = cell.strip();
    return t.isEmpty() ? Optional.empty() : Numbers.parse(t);
  }
}
