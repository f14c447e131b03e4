package org.jixiao.ingest.rtf;

/** RTF written as Word writes it: Chinese as {@code \\uN?} escapes, table rows as \trowd … \cellx … \cell … \row. */
public final class RtfFixtures {
  private RtfFixtures() {}

  /**
   * A title, a head line in the header (not content), and a table: 一级指标 merged down over two rows
   * (\clvmgf/\clvmrg), 数量指标 one cell as wide as the two below it, then ≥5次 | 6次; a closing paragraph.
   */
  public static final String MERGED_TABLE = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 "
      + u("宋体") + ";}}{\\colortbl;\\red0\\green0\\blue0;}{\\header\\pard " + u("页眉文字") + "\\par}\n"
      + "\\pard\\plain " + u("标题") + "\\par\n"
      + "\\trowd\\trgaph108\\clvmgf\\cellx2000\\cellx6000\n"
      + "\\pard\\intbl " + u("产出指标") + "\\cell\\pard\\intbl " + u("数量指标") + "\\cell\\row\n"
      + "\\trowd\\trgaph108\\clvmrg\\cellx2000\\cellx4000\\cellx6000\n"
      + "\\pard\\intbl\\cell\\pard\\intbl " + u("≥5次") + "\\cell\\pard\\intbl " + u("6次") + "\\line "
      + u("（完成）") + "\\cell\\row\n"
      + "\\pard " + u("说明：以上为自评。") + "{\\*\\bkmkstart x}{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}";

  /** Chinese and other non-ASCII characters as RTF Unicode escapes with a '?' fallback. */
  static String u(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 128 ? String.valueOf((char) c) : "\\u" + (short) c + "?"));
    return b.toString();
  }
}
