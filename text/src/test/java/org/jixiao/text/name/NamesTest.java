package org.jixiao.text.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void keysIgnoreWidthSpaceQuotesAndAsciiCase() {
    assertEquals(Names.key("“三公经费”变动率"), Names.key("\"三公经费\" 变动率"));
    assertEquals(Names.key("ＰＰＰ项目数"), Names.key("ppp项目数"));
    assertTrue(Names.sameName("部门 决策", "部门决策"));
    assertFalse(Names.sameName("部门决策", "部门管理"));
  }

  @Test
  void aTranslationInARegionalScriptAfterAChineseNameIsDropped() {
    // h246, a bilingual Xinjiang form: each Chinese name with its Uyghur under it in brackets
    assertEquals("决策", Names.clean("决策\n（قارار）"));
    assertEquals("学生家长满意度", Names.clean("学生家长满意度（ئاتا-ئانىلار رازىلىقى）"));
    // Latin, figures or Chinese in brackets are the name's own
    assertEquals("政府和社会资本合作（PPP）项目数", Names.clean("政府和社会资本合作（PPP）项目数"));
    assertEquals("预算执行率（%）", Names.clean("预算执行率（%）"));
    assertEquals("部门（单位）名称", Names.clean("部门（单位）名称"));
  }

  @Test
  void aTranslationPrintedBesideAChineseLabelIsDroppedFromIt() {
    // h408, a bilingual 青海 form: the Tibetan (tsheg ་, shad །) before each Chinese label and name
    assertEquals("全年预算数", Names.compact("ལོ་ཧྲིལ་པོའི་སྔོན་རྩིས་གྲངས།全年预算数"));
    assertEquals("产出指标", Names.clean("ཐོན་ཚད་ཀྱི་ཚད་གཞི།产出指标"));
    assertEquals("优", Names.clean("ཡག་པོ།优"));
    assertEquals("决策", Names.clean("قارار 决策"));
    // h410, a 延边 form: Hangul before the Chinese in one cell; h411, a 凉山 page: Yi above it
    assertEquals("产出指标", Names.clean("산출지표产出指标"));
    assertEquals("合计", Names.clean("ꉻꏢ合计"));
    // h414, a 伊犁 PDF: Kazakh stored as Arabic presentation forms in visual order, a hyphen between two of its words
    assertEquals("自评等级", Names.clean("ﻰﺳەﺟەﺭﺍﺩ ﯞﻻﺎﻋﺎﺑ ﻯﺯﻭٴ‐ﻦﯨﺯﻭٴ 自评等级"));
    assertEquals("年度资金总额", Names.clean("ﻰﺳﺎﻣﻮﺳﻰﭙﻟﺎﺟﺕﺎﺟﺍﺭﺎﻗﻖﯨﺪﻠﯩﺟ年度资金总额"));
    assertEquals("2024-2025年度", Names.clean("2024-2025年度"), "a hyphen between figures stays");
    assertFalse(Names.isRegional('\uFEFF'), "the byte order mark is no Arabic form");
    // a line only in the regional language is left whole: it is no label of the report's
    assertEquals("ཡག་པོ།", Names.clean("ཡག་པོ།"));
    assertEquals("政府和社会资本合作（PPP）项目数", Names.clean("政府和社会资本合作（PPP）项目数"));
    assertTrue(Names.isRegional('།') && !Names.isRegional('。') && !Names.isRegional('A'));
  }

  @Test
  void labelsDropParenthesisedNotes() {
    assertEquals("全年预算数", Names.label("全年预算数（A）"));
    assertEquals("全年预算数", Names.label("全年预算数 (万元)"));
    // OCR of a scanned form (held-out s01): （ read as 〈, or lost
    assertEquals("填报单位", Names.label("填报单位〈盖章)"));
    assertEquals("部门单位名称", Names.label("部门单位) 名称"));
    assertEquals("部门单位名称", Names.unbracketed("部门（单位）名称"));
  }

  @Test
  void outlineMarkers() {
    Pattern any = Pattern.compile("^" + Outline.ANY);
    for (String marked : new String[] {"一、决策", "（一）决策", "( 十一 )决策", "1、数量", "2．质量", "（3）时效", "⑤成本"}) {
      assertTrue(any.matcher(marked).find(), marked);
    }
    for (String unmarked : new String[] {"1.5分", "2023年度", "决策"}) {
      assertFalse(any.matcher(unmarked).find(), unmarked);
    }
    assertTrue(Pattern.compile("^" + Outline.CHINESE).matcher("（二）过程").find());
    assertFalse(Pattern.compile("^" + Outline.CHINESE).matcher("（2）过程").find());
  }
}
