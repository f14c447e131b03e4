package org.jixiao.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {
  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "2022年10月底前|2022年12月底|false",
      "2022年10月底前|2022年10月|true",
      "2022年10月底前|2022年9月25日|true",
      "10月31日前|2023年11月2日|false",
      "10月31日前完成|2023年10月31日|true",
      "年底前|2023年12月|true",
      "2025年5月底前|2025年5月|true",
      "2025年5月底前|2025年6月3日完工|false",
      "2024年12月底前上线运行|受招标延期影响，平台于2025年2月上线运行|false",
      "2024年12月底前上线运行|平台于2024年11月上线运行|true"})
  void aDeadlineAgainstTheDateTheWorkWasDone(String target, String actual, boolean met) {
    assertEquals(Optional.of(met), Deadlines.met(target, actual));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "2022年10月|2022年12月", "≥95%|2022年12月", "2022年10月底前|按期完成", "2022年3月至10月前|2022年9月",
      "10月底前|12月底"})
  void noAnswerWithoutTwoDatesAndADeadline(String target, String actual) {
    assertEquals(Optional.empty(), Deadlines.met(target, actual));
  }
}
