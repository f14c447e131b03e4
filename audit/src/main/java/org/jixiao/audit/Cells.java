package org.jixiao.audit;

import org.jixiao.schema.CellRef;
import org.jixiao.schema.MetaRef;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/** Text shared by the renderers: locations in words, one-line cells of CJK text. */
public final class Cells {
  private Cells() {}

  /**
   * A location as a person counts it, 1-based and in Chinese: "第3页 表1 第62行第9列", a workbook's "工作表“自评表” C62"
   * (as Excel names the cell), "第3页 第10420–10502字", "文档属性 title"; "" when unknown. The JSON keeps the 0-based numbers programs use.
   */
  public static String describe(@Nullable SourceRef ref) {
    if (ref == null) {
      return "";
    }
    String page = ref.page() == null ? "" : "第" + ref.page() + "页 ";
    return switch (ref) {
      case CellRef c when c.sheet() != null -> "工作表“" + c.sheet().name() + "” " + c.sheet().cell();
      case CellRef c -> page + "表" + (c.table() + 1) + " 第" + (c.row() + 1) + "行第" + (c.col() + 1) + "列";
      case TextSpan t -> page + "第" + (t.start() + 1) + "–" + t.end() + "字";
      case MetaRef m -> "文档属性 " + m.key();
    };
  }

  /** "另见 表1 第10行第7列；第121–140字", or "" when the finding stands in one place. */
  static String alsoAt(java.util.List<SourceRef> refs) {
    if (refs.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("另见 ");
    for (int i = 0; i < refs.size(); i++) {
      out.append(i == 0 ? "" : "；").append(describe(refs.get(i)));
    }
    return out.toString();
  }

  /** Columns a terminal gives the text; see {@link DisplayWidth#of(String)}. */
  static int width(String text) {
    return DisplayWidth.of(text);
  }

  /**
   * {@code text} on one line (white space runs folded to a space, ends stripped), cut to at most
   * {@code max} columns (ending in …) and padded to exactly max.
   */
  static String fit(String text, int max) {
    return DisplayWidth.fit(text.replaceAll("\\s+", " ").strip(), max);
  }
}
