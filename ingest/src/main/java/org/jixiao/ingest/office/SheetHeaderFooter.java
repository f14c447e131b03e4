package org.jixiao.ingest.office;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet's page header and footer, as they print: a form may keep its title, year, 填报单位 and sign-off only there
 * (h364: "&C项目支出绩效自评表_x000a_（2024年度）", "&L填报单位（盖章）：…"), so the sheet's cells never name its department.
 * Each section's text without its formatting codes (font, size, styles); a section numbering the pages (&P, &N) is
 * furniture and left out; the header's centre (a title) is read first.
 */
final class SheetHeaderFooter {
  /** A font ("&\"宋体,常规\""), a size (&10) or a style toggle (&B, &I, &U, &S, &X, &Y, &E), and a literal ampersand. */
  private static final Pattern FORMAT = Pattern.compile("&\"[^\"]*\"|&\\d+|&[BIUSXYEbiusxye]|&K[0-9A-Fa-f]{6}");
  private static final Pattern PAGE_FIELD = Pattern.compile("&[PN]");
  /** Other fields (date, time, file, sheet, path, picture): what they print is not the form's. */
  private static final Pattern FIELD = Pattern.compile("&[DTFAZG]");
  /** openpyxl and others write a line break as an escaped character. */
  private static final Pattern ESCAPED_BREAK = Pattern.compile("_x000[aAdD]_");

  private SheetHeaderFooter() {}

  /** The header's lines: centre, left, right. */
  static List<String> header(Sheet sheet) {
    HeaderFooter h = sheet.getHeader();
    return h == null ? List.of() : lines(h.getCenter(), h.getLeft(), h.getRight());
  }

  /** The footer's lines: left, centre, right. */
  static List<String> footer(Sheet sheet) {
    HeaderFooter f = sheet.getFooter();
    return f == null ? List.of() : lines(f.getLeft(), f.getCenter(), f.getRight());
  }

  private static List<String> lines(String... sections) {
    List<String> out = new ArrayList<>();
    for (String s : sections) {
      if (s == null || s.isBlank() || PAGE_FIELD.matcher(s).find()) {
        continue;
      }
      String text = FIELD.matcher(FORMAT.matcher(ESCAPED_BREAK.matcher(s).replaceAll("\n")).replaceAll("")).replaceAll("")
          .replace("&&", "&");
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
    }
    return out;
  }
}
