package org.jixiao.extract.table;

import java.util.List;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;

/**
 * Column heads that say whose line it is (项目名称, 实施单位), not what it measures: a fund table listing projects one per
 * line ("项目名称 | 实施单位 | 年初预算数 | … | 得分", h535) labels each line with its project and unit.
 */
public final class OwnerHeads {
  private static final List<String> HEADS = List.of("项目名称", "实施单位", "项目单位", "单位名称", "主管部门", "预算单位");
  private static final HeaderClassifier HEADERS = HeaderClassifier.standard();

  private OwnerHeads() {}

  /** Whether {@code cellText} heads a column of owners. */
  public static boolean is(String cellText) {
    return HEADS.contains(Names.label(cellText));
  }

  /**
   * The one line of figures under the head at {@code headRow} (blank rows passed over, up to the first line with no
   * figure) in a scored form (a grid with an indicator header), or -1 when there is none or several: inside a form one
   * project's line is its own record; several lines, or a table of projects alone, are a list (a one-line 汇总 names no
   * project).
   */
  public static int onlyLineBelow(TableGrid t, int headRow) {
    boolean scored = false;
    for (int r = headRow + 1; r < t.rows() && !scored; r++) {
      scored = HEADERS.classify(t, r).filter(HeaderRow::isIndicatorTable).isPresent();
    }
    if (!scored) {
      return -1;
    }
    int found = -1;
    for (int r = headRow + 1; r < t.rows(); r++) {
      if (t.blankRow(r)) {
        continue;
      }
      if (!hasFigure(t, r)) {
        break;
      }
      if (found >= 0) {
        return -1;
      }
      found = r;
    }
    return found;
  }

  private static boolean hasFigure(TableGrid t, int r) {
    for (int c = 0; c < t.cols(); c++) {
      if (Numbers.isFigure(t.text(r, c))) { // 96.47% too
        return true;
      }
    }
    return false;
  }
}
