package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;

/** A text export whose 一级/二级/三级 are nesting levels by leading spaces (h283's family). */
class IndentTreeTest {
  private static ParsedDocument lay(String text) throws Exception {
    DocumentBuilder doc = new DocumentBuilder("tree.txt", DocFormat.TEXT, Limits.defaults());
    TextReader.lay(text, doc);
    return doc.build();
  }

  @Test
  void eachIndentationLevelIsAColumnOfItsOwn() throws Exception {
    ParsedDocument doc = lay("""
        指标名称                      指标值    完成值      分值    得分
        决策                                                15      14.5
          目标设定                                           8       7.5
            绩效目标合理性            合理      合理         4         4
            绩效指标明确性            明确      基本明确     4       3.5
          预算配置                                           7         7
            在职人员控制率            ≤100%     95.7%        3         3
            结转结余率                ≤10%      5.27%        4         4
        """);
    assertEquals(1, doc.tables().size(), doc.blocks().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(java.util.List.of("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"), t.rowTexts(0));
    assertEquals("决策", t.text(1, 0));
    assertEquals("目标设定", t.text(2, 1));
    assertEquals("绩效目标合理性", t.text(3, 2));
    assertEquals("3.5", t.text(4, 6));
  }

  @Test
  void aTableWhoseNamesAllStartAtTheMarginStaysAsItIs() throws Exception {
    ParsedDocument doc = lay("""
        三级指标                      指标值    完成值      分值    得分
        绩效目标合理性                合理      合理         4         4
        绩效指标明确性                明确      基本明确     4       3.5
        在职人员控制率                ≤100%     95.7%        3         3
        结转结余率                    ≤10%      5.27%        4         4
        """);
    assertEquals(5, doc.tables().getFirst().cols());
  }
}
