package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;

/**
 * 一级指标汇总行: a row named exactly as the 一级指标 of other rows, with no group of its own, is that
 * group's subtotal (a summary table "评价指标 | 分值 | 得分 | 得分率" listing 决策, 过程, 产出, 效益 beside
 * the scoring table), not an indicator: it becomes the group's section.
 */
final class GroupRows {
  private GroupRows() {}

  static List<IndicatorRow> toSections(List<IndicatorRow> rows, ReportDraft draft) {
    Set<String> groups = rows.stream().map(IndicatorRow::level1).filter(Objects::nonNull)
        .map(Names::key).collect(Collectors.toSet());
    List<IndicatorRow> kept = new ArrayList<>();
    for (IndicatorRow r : rows) {
      if (r.level1() == null && r.level2() == null && groups.contains(Names.key(r.level3()))) {
        draft.section(new Section(r.level3(), r.weight(), r.score(), r.source(), r.method()));
        draft.reject(WarningCode.GROUP_ROW_AS_SECTION, "'" + r.level3() + "' is a 一级指标 subtotal", r.source());
      } else {
        kept.add(r);
      }
    }
    return kept;
  }
}
