package org.jixiao.text.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=100%|'=100%", "+1|'+1", "@SUM(A1:A2)|'@SUM(A1:A2)", "-x|'-x", "-1+2|'-1+2",
      "-3.3|-3.3", "-3.3%|-3.3%", "-1,234.5|-1,234.5", "≥95%|≥95%", "预算执行率|预算执行率"})
  void cellsThatWouldRunAsFormulasAreText(String cell, String written) {
    assertEquals(written, SpreadsheetCsv.safe(cell));
  }

  @Test
  void rfc4180WithABomQuotesWhereNeededAndEmptiesNulls() {
    String csv = SpreadsheetCsv.write(List.of("指标", "值"),
        List.of(Arrays.asList("a,b", "say \"hi\""), Arrays.asList("两行\n文字", null), List.of("=1+1", 3)));
    assertEquals("\uFEFF指标,值\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"两行\n文字\",\r\n'=1+1,3\r\n", csv);
  }
}
