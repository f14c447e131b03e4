package org.jixiao.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.jixiao.schema.Comparator;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

  /** text | comparator | number | scale | unit ("" for none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // symbols
        "≥95%|GE|95||%",
        // h450: a count in bags, unit costs per bag and per 亩
        "≥1200万袋|GE|1200|10000|袋",
        "≤1.6元/袋|LE|1.6||元/袋",
        "≤12000元/亩|LE|12000||元/亩",
        ">=16.8万件|GE|16.8|10000|件",
        "＞3次|GT|3||次",
        ">3次|GT|3||次",
        "≤3次|LE|3||次",
        "<=3次|LE|3||次",
        "＜2%|LT|2||%",
        "<2%|LT|2||%",
        "=100%|EQ|100||%",
        "＝100%|EQ|100||%",
        "==1项|EQ|1||项",
        "≠0|NE|0||",
        "!=0次|NE|0||次",
        "≧90%|GE|90||%",
        "≦5天|LE|5||天",
        // words
        "不低于90%|GE|90||%",
        "不少于4次|GE|4||次",
        "不小于95%|GE|95||%",
        "大于等于95%|GE|95||%",
        "大于或等于95%|GE|95||%",
        "达到100%|GE|100||%",
        "至少2家|GE|2||家",
        "大于0|GT|0||",
        "高于95%|GT|95||%",
        "超过10人|GT|10||人",
        "不超过5%|LE|5||%",
        "不高于100%|LE|100||%",
        "不大于3天|LE|3||天",
        "小于等于3天|LE|3||天",
        "控制在5%以内|LE|5||%",
        "低于3%|LT|3||%",
        "少于2次|LT|2||次",
        "小于1%|LT|1||%",
        "等于100%|EQ|100||%",
        "为100%|EQ|100||%",
        "不等于0|NE|0||",
        // suffixes
        "90%以上|GE|90||%",
        "95%及以上|GE|95||%",
        "95%（含）以上|GE|95||%",
        "不低于90%以上|GE|90||%",
        "3天以内|LE|3||天",
        "3个工作日以内|LE|3||个工作日",
        "5%以下|LE|5||%",
        "十五天以内|LE|15||天",
        // no comparator
        "96.12%|null|96.12||%",
        "100.00%|null|100.00||%",
        "-3.3%|null|-3.3||%",
        "353.3|null|353.3||",
        "1|null|1||",
        "0|null|0||",
        "3.00次|null|3.00||次",
        "200万件|null|200|10000|件",
        "1.41万次|null|1.41|10000|次",
        "12.6亿元|null|12.6|100000000|元",
        "184.68万元|null|184.68|10000|元",
        "≤353.3万元|LE|353.3|10000|元",
        "43616人次|null|43616||人次",
        "≥40000人次|GE|40000||人次",
        "3万人次|null|3|10000|人次",
        "5家次|null|5||家次",
        "4小时|null|4||小时",
        "≤4小时|LE|4||小时",
        "30分钟|null|30||分钟",
        "3个工作日|null|3||个工作日",
        "5工作日|null|5||工作日",
        "2户|null|2||户",
        "10份|null|10||份",
        "2场|null|2||场",
        "4期|null|4||期",
        "12篇|null|12||篇",
        "100条|null|100||条",
        "1台|null|1||台",
        "1套|null|1||套",
        "3批|null|3||批",
        "3年|null|3||年",
        "6月|null|6||月",
        "98分|null|98||分",
        "290种|null|290||种",
        "160个|null|160||个",
        "35项|null|35||项",
        "810人|null|810||人",
        "365天|null|365||天",
        "5‰|null|5||‰",
        "1,234元|null|1234||元",
        "≥0.5个等级|GE|0.5||个等级",
        "0.4个等级|null|0.4||个等级",
        "≥1级|GE|1||级",
        "2等级|null|2||等级",
        "≥0.5等|GE|0.5||等",
        "5千元|null|5|1000|元",
        "3千米|null|3||千米",
        // full width and spaces
        "≥ ９５ ％|GE|95||%",
        "１２．５万元|null|12.5|10000|元",
        "－３％|null|-3||%",
        // Chinese numerals
        "三次|null|3||次",
        "两千人|null|2000||人",
        "百分之九十五|null|95||%",
        "不低于百分之九十|GE|90||%",
        "千分之三|null|3||‰",
        "十万人次|null|10|10000|人次",
        "二〇二二年|null|2022||年",
      })
  void quantities(String text, String cmp, String number, String scale, String unit) {
    ParsedValue v = ValueParser.parse(text);
    assertEquals(ValueKind.QUANTITY, v.kind(), text);
    assertEquals(text.strip(), v.text());
    assertEquals(cmp == null ? null : Comparator.valueOf(cmp), v.comparator(), text);
    assertEquals(new BigDecimal(number), v.number(), text);
    assertEquals(scale == null ? null : new BigDecimal(scale), v.scale(), text);
    assertEquals(unit == null ? null : unit, v.unit(), text);
  }

  @Test
  void magnitudeAppliesTheScale() {
    assertEquals(0, new BigDecimal("14100").compareTo(ValueParser.parse("1.41万次").magnitude()));
    assertEquals(0, new BigDecimal("1.26E9").compareTo(ValueParser.parse("12.6亿元").magnitude()));
  }

  @ParameterizedTest(name = "blank [{0}]")
  @ValueSource(strings = {"", "  ", "/", "／", "-", "－", "—", "——", "--", "无", "暂无", " 无 ", "\u00a0"})
  void blanks(String text) {
    ParsedValue v = ValueParser.parse(text);
    assertEquals(ValueKind.BLANK, v.kind(), text);
    assertNull(v.number());
  }

  @Test
  void nullIsBlankWithEmptyText() {
    ParsedValue v = ValueParser.parse(null);
    assertEquals(ValueKind.BLANK, v.kind());
    assertEquals("", v.text());
  }

  @ParameterizedTest(name = "qualitative {0}")
  @ValueSource(
      strings = {
        "健全", "达成预期目标", "及时", "合格", "明确", "合理", "规范", "较好", "明显", "是", "持续改善",
        "长期推动", "全年完成", "合格以上", "一网通办", "每季度开展党建督查检查", "不适用", "达标",
        "保障大楼安全运转，排除风险隐患",
      })
  void qualitative(String text) {
    ParsedValue v = ValueParser.parse(text);
    assertEquals(ValueKind.QUALITATIVE, v.kind(), text);
    assertEquals(text, v.text());
    assertNull(v.number());
    assertNull(v.comparator());
  }

  @ParameterizedTest(name = "text {0}")
  @ValueSource(
      strings = {
        "100%完成",
        "90%-95%",
        "90%～95%",
        "≥90%且≤100%",
        "2022年12月底",
        "2022年12月底前",
        "全年24小时运行（受理）",
        "2022年内完成",
        "≥95%以下",
        "1,23",
        "≥",
        "以上",
        "3天以上以内",
        "95%左右",
        "约95%",
        "3次/年",
        "自上线以来为企业出函6413笔，累计服务投标企业1429家。",
        "持续推进政务服务事项目录管理，编制并印发天津市行政许可事项清单，细化了具体承诺类型，推进跨省通办",
      })
  void text(String text) {
    ParsedValue v = ValueParser.parse(text);
    assertEquals(ValueKind.TEXT, v.kind(), text);
    assertEquals(text, v.text());
    assertNull(v.number());
  }

  @Test
  void textIsKeptAsPrintedButStripped() {
    assertEquals("≥ ９５ ％", ValueParser.parse("  ≥ ９５ ％\n").text());
  }
}
