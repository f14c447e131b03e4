package org.jixiao.ingest.ooxml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Word equations (OMML) read as Word's linear form, where they stand among the paragraph's runs (h355). */
class EquationsTest {
  @Test
  void aReportsCalculationsTypedAsEquations() throws Exception {
    ParsedDocument doc = new DocxReader().read(Path.of("../corpus-heldout/h355_shandan_nongye.docx"), DocFormat.DOCX,
        Limits.defaults());
    String text = doc.text();
    assertTrue(text.contains("决策得分率=13.5/15×100%=90.00%"), "a displayed equation, its fraction linear: " + text);
    assertTrue(text.contains("预算执行率=全年执行数/全年预算数×100%=3,862.74/4,105.00×100%=94.01%"), text);
    assertTrue(text.contains("资金到位率=4,105.00/4,105.00×100%=100%，得4分"), "an equation inline, between runs");
  }
}
