package org.jixiao.ingest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatDetector;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open-data platform's JSON dataset (h378): coded fields named by its dictionary, one record per indicator. */
class JsonDatasetReaderTest {
  @TempDir Path tmp;

  private static final String DATASET = """
      {"code":200,"msg":"操作成功","data":{"resource":{"resourceName":"某某县水利局2024年度部门整体支出绩效自评表"},
       "columns":[{"name":"BMMC","comment":"部门名称"},{"name":"SJZB","comment":"三级指标"},{"name":"FZ","comment":"分值"},
                  {"name":"DF","comment":"得分"},{"name":"QNYSS","comment":"全年预算数（元）"}],
       "records":[{"BMMC":"某某县水利局","SJZB":"预算执行率","FZ":10.0,"DF":9.5,"QNYSS":64637150.0},
                  {"BMMC":"某某县水利局","SJZB":"受益群众满意度","FZ":10.0,"DF":10.0,"QNYSS":64637150.0}]}}""";

  @Test
  void recordsAreATableAndTheirCommonFieldsTheFormsHead() throws IOException {
    Path f = Files.writeString(tmp.resolve("dataset.json"), DATASET, StandardCharsets.UTF_8);
    assertEquals(DocFormat.JSON, FormatDetector.formatOf(new FormatDetector().detect(f)).orElseThrow());
    ParsedDocument doc = read(f);
    assertEquals("某某县水利局2024年度部门整体支出绩效自评表", doc.paragraphs().get(0).text(), "the dataset's name, not 操作成功");
    TableGrid head = doc.tables().get(0);
    assertEquals("部门名称", head.text(0, 0));
    assertEquals("某某县水利局", head.text(0, 1));
    assertEquals("全年预算数（元）", head.text(1, 0));
    assertEquals("64637150", head.text(1, 1), "a number in plain digits");
    TableGrid rows = doc.tables().get(1);
    assertEquals("三级指标", rows.text(0, 0));
    assertEquals("受益群众满意度", rows.text(2, 0));
    assertEquals("分值", rows.text(0, 1), "the same 分值 on every row is still each row's");
    assertEquals("9.5", rows.text(1, 2));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.CODED_FIELDS_NAMED));
  }

  @Test
  void jsonWithoutRecordsIsNoDataset() throws IOException {
    Path f = Files.writeString(tmp.resolve("config.json"), "{\"name\": \"x\", \"list\": [1, 2, 3]}", StandardCharsets.UTF_8);
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, out, out.toString());
    assertEquals(FailureKind.UNSUPPORTED_FORMAT, failed.kind());
    IngestOutcome broken = DocumentIngestor.withDefaultReaders(Limits.defaults())
        .ingest(Files.writeString(tmp.resolve("cut.json"), "{\"records\": [{\"a\": 1}, {\"a\"", StandardCharsets.UTF_8));
    assertEquals(FailureKind.CORRUPT, assertInstanceOf(IngestOutcome.Failed.class, broken, broken.toString()).kind());
  }

  private static ParsedDocument read(Path f) {
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    return assertInstanceOf(IngestOutcome.Parsed.class, out, out.toString()).document();
  }
}
