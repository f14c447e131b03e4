package org.jixiao.ingest.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;

/** What Word shows but keeps out of the text runs: automatic list numbers (h359) and legacy form fields' choices (h361). */
class NumberingAndFormFieldsTest {
  private static ParsedDocument read(String file) throws Exception {
    return new DocxReader().read(Path.of("../corpus-heldout/" + file), DocFormat.DOCX, Limits.defaults());
  }

  @Test
  void listNumbersAreReadAsWordShowsThem() throws Exception {
    String text = read("h359_gongxian_weijian.docx").text();
    assertTrue(text.contains("一、部门基本情况\n（一）部门职能"), "chineseCounting levels, the second under the first");
    assertTrue(text.contains("（二）年度绩效目标"));
    assertTrue(text.contains("目标3：巩固疾病预防控制成效"), text);
    assertTrue(text.contains("目标1：持续提升妇幼健康服务水平"), "a second list restarting by its start override");
    assertTrue(text.contains("二、部门预算执行情况"), "the first list goes on after the second");
  }

  @Test
  void countsInTheFormatsReportsNumberTheirListsWith() {
    assertEquals("十", ListNumbers.formatted(10, "chineseCounting"));
    assertEquals("十一", ListNumbers.formatted(11, "chineseCountingThousand"));
    assertEquals("二十", ListNumbers.formatted(20, "chineseCounting"));
    assertEquals("二十三", ListNumbers.formatted(23, "chineseCounting"));
    assertEquals("③", ListNumbers.formatted(3, "decimalEnclosedCircleChinese"));
    assertEquals("丙", ListNumbers.formatted(3, "ideographTraditional"));
    assertEquals("iv", ListNumbers.formatted(4, "lowerRoman"));
    assertEquals("C", ListNumbers.formatted(3, "upperLetter"));
    assertEquals("07", ListNumbers.formatted(7, "decimalZero"));
    assertEquals("12", ListNumbers.formatted(12, "decimal"));
  }

  @Test
  void aDropDownShowsItsChoiceAndACheckBoxItsState() throws Exception {
    ParsedDocument doc = read("h361_baiquan_shuiwu.docx");
    assertTrue(doc.text().contains("□新增项目　☑延续项目"), doc.text());
    assertTrue(doc.text().contains("自评等级\t优") || doc.tables().stream().anyMatch(t -> {
      for (int r = 0; r < t.rows(); r++) {
        if (t.text(r, 0).equals("自评等级") && t.rowTexts(r).contains("优")) {
          return true;
        }
      }
      return false;
    }), "the grade chosen in the drop-down");
    assertEquals(-1, doc.text().indexOf("|_|"), "no check box written as POI writes it");
  }
}
