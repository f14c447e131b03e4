package org.jixiao.extract.part;

import java.util.List;
import org.jixiao.schema.SummaryLine;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/** Finds the 汇总 line of a project: the same 项目名称, compared without white space and punctuation width. */
public final class SummaryMatch {
  private SummaryMatch() {}

  /** The line naming {@code project}, an exact name first, else one name containing the other; null when none does. */
  public static @Nullable SummaryLine of(List<SummaryLine> lines, @Nullable String project) {
    if (project == null) {
      return null;
    }
    String key = Names.key(project);
    for (SummaryLine l : lines) {
      if (Names.key(l.project()).equals(key)) {
        return l;
      }
    }
    for (SummaryLine l : lines) {
      String k = Names.key(l.project());
      if (k.length() >= 4 && (k.contains(key) || key.contains(k))) {
        return l;
      }
    }
    return null;
  }
}
