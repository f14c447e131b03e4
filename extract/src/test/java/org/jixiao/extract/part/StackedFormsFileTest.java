package org.jixiao.extract.part;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 项目支出绩效自评表 forms stacked in one worksheet, one Word table, one PDF table (crafted by {@code
 * tools/test-stacked-projects.py}): two forms with blank rows between them, three without, each with
 * its title rows, identity block, 资金情况 block (其中：财政拨款 / 其他资金 lines), rows, 总分 and 填报人 line.
 */
class StackedFormsFileTest {
  private static final List<String> PROJECTS = List.of("2022年农村饮水安全巩固提升工程", "2022年城乡居民基本医疗保险补助",
      "2022年中小学校舍维修改造");
  private static final List<String> DEPARTMENTS = List.of("某某县水利局", "某某县医疗保障局", "某某县教育局");
  private static final List<String> TOTALS = List.of("97.7", "99.5", "98");
  private static final List<String> BUDGETS = List.of("320", "1250.5", "450");

  @ParameterizedTest
  @CsvSource({"testStackedTwoProjects.xlsx, 2", "testStackedThreeProjects.xlsx, 3", "testStackedTwoProjects.docx, 2",
      "testStackedThreeProjects.docx, 3", "testStackedTwoProjects.pdf, 2"})
  void everyStackedFormIsAReportOfItsOwn(String file, int count) throws URISyntaxException {
    Path path = Path.of(StackedFormsFileTest.class.getResource(file).toURI());
    List<Report> reports;
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      IngestOutcome.Parsed parsed = assertInstanceOf(IngestOutcome.Parsed.class, ingestor.ingest(path));
      reports = ReportExtractor.standard().extractAll(parsed.document(), null);
    }
    assertEquals(count, reports.size(), file);
    for (int k = 0; k < count; k++) {
      Report r = reports.get(k);
      assertEquals(PROJECTS.get(k), r.project(), file);
      assertEquals(DEPARTMENTS.get(k), r.department(), file);
      assertEquals(2022, r.fiscalYear(), file);
      assertEquals(0, new BigDecimal(TOTALS.get(k)).compareTo(r.totalScore()), file);
      assertEquals(0, new BigDecimal(BUDGETS.get(k)).compareTo(r.budget().adjustedBudget()), file);
      List<String> rows = r.indicators().stream().map(IndicatorRow::level3).toList();
      assertEquals(5, rows.size(), file + " " + rows);
      assertEquals("年度资金总额", rows.getFirst(), file);
      assertNotNull(r.part());
      assertEquals(k + 1, r.part().index());
    }
  }
}
