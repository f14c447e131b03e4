package org.jixiao.extract.table;

import java.util.List;
import org.jixiao.text.name.Names;

/**
 * Column heads that say whose line it is (项目名称, 实施单位), not what it measures: a fund table listing projects one per
 * line ("项目名称 | 实施单位 | 年初预算数 | … | 得分", h535) labels each line with its project and unit.
 */
public final class OwnerHeads {
  private static final List<String> HEADS = List.of("项目名称", "实施单位", "项目单位", "单位名称", "主管部门", "预算单位");

  private OwnerHeads() {}

  /** Whether {@code cellText} heads a column of owners. */
  public static boolean is(String cellText) {
    return HEADS.contains(Names.label(cellText));
  }
}
