package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;

/** The layout rules on small crafted inputs, one rule per test. */
class TextLayoutTest {
  private static List<TextLayout.Segment> parse(String s) {
    return TextLayout.parse(s);
  }

  private static TableGrid grid(TextLayout.Rows rows) {
    var b = SpanInference.grid(rows.rows());
    return new TableGrid(0, 0, b.rows(), b.cols(), b.origins(), null, 0, 0);
  }

  @Test
  void aBoxDrawnTableIsRowsBetweenItsRules() {
    String text = String.join("\n",
        "各项指标自评情况见下表：",
        "┌────────┬──────────┬──────┬──────┐",
        "│ 一级指标 │ 三级指标   │ 分值 │ 得分 │",
        "├────────┼──────────┼──────┼──────┤",
        "│ 产出     │ 县博物馆陈列 │   10 │   10 │",
        "│          │ 提升改造     │      │      │",
        "├        ┼──────────┼──────┼──────┤",
        "│ 指标     │ 文物安全事故 │   10 │   10 │",
        "├────────┼──────────┼──────┼──────┤",
        "│ 合计     │            │  100 │ 97.52│",
        "└────────┴──────────┴──────┴──────┘",
        "五、存在的问题");
    List<TextLayout.Segment> s = parse(text);
    assertEquals(3, s.size(), s.toString());
    var rows = assertInstanceOf(TextLayout.Rows.class, s.get(1));
    assertEquals(TextLayout.Kind.RULED, rows.kind());
    assertEquals(List.of(
        List.of("一级指标", "三级指标", "分值", "得分"),
        List.of("产出指标", "县博物馆陈列提升改造", "10", "10"),
        List.of("", "文物安全事故", "10", "10"),
        List.of("合计", "", "100", "97.52")), rows.rows(),
        "a wrapped cell is joined; a column the rule leaves open goes on into the next row");
    assertEquals(new TextLayout.Line("五、存在的问题"), s.get(2));
  }

  @Test
  void cellsMergedAcrossColumnsStandUnderTheBarsThatGoOn() {
    // h293's family: a console export with double and mixed rules (╞═╪═╡), a column left open on a rule ("│    ├──"),
    // a 小计 row whose label spans three columns ("├──┴──┴──┼") and a 合计 row under a rule that skips the merged
    // boundaries altogether; box characters two columns wide, as a GB18030 console shows them
    String text = String.join("\n",
        "┌──┬───┬────┬──┬──┐",
        "│一级│二级  │三级指标│分值│得分│",
        "╞══╪═══╪════╪══╪══╡",
        "│决策│目标  │合理性  │   4│   4│",
        "│    ├───┼────┼──┼──┤",
        "│    │配置  │控制率  │   3│   3│",
        "│    ├───┴────┼──┼──┤",
        "│    │     小计     │   7│   7│",
        "├──┴────────┼──┼──┤",
        "│       合计         │ 100│  97│",
        "└───────────┴──┴──┘");
    var rows = assertInstanceOf(TextLayout.Rows.class, parse(text).getFirst());
    assertEquals(List.of(
        List.of("一级", "二级", "三级指标", "分值", "得分"),
        List.of("决策", "目标", "合理性", "4", "4"),
        List.of("", "配置", "控制率", "3", "3"),
        List.of("", "小计", "", "7", "7"),
        List.of("合计", "", "", "100", "97")), rows.rows());
  }

  @Test
  void proseIsJoinedAtItsOwnMarginThoughATableRunsWider() {
    // h173's family: text laid out at 40 columns, a ruled table beside it 60 columns wide
    String text = String.join("\n",
        "    全年预算1,352.00万元，其中基本支出786.30万元",
        "、项目支出565.70万元。全年实际支出1,286.40万元，",
        "其中基本支出779.10万元、项目支出507.30万元。",
        "    该段第二句在这里开始并且写满了一整行的宽度",
        "才换行结束。",
        "+--------------------------+--------------------------+",
        "| 指标名称很长很长很长很长 | 得分                     |",
        "+--------------------------+--------------------------+",
        "| 满意度                   | 9.5                      |",
        "+--------------------------+--------------------------+");
    List<TextLayout.Segment> s = parse(text);
    assertEquals(new TextLayout.Line("全年预算1,352.00万元，其中基本支出786.30万元、项目支出565.70万元。全年实际支出1,286.40万元，"
        + "其中基本支出779.10万元、项目支出507.30万元。"), s.get(0));
    assertInstanceOf(TextLayout.Rows.class, s.getLast());
  }

  @Test
  void anAsciiRuledTableReadsTheSame() {
    var rows = assertInstanceOf(TextLayout.Rows.class,
        parse("+------+------+\n| 指标 | 得分 |\n+------+------+\n| 满意度 | 9.5 |\n+------+------+\n").getFirst());
    assertEquals(List.of(List.of("指标", "得分"), List.of("满意度", "9.5")), rows.rows());
    // a dashed line in prose is no table
    assertInstanceOf(TextLayout.Line.class, parse("------\n说明\n").getFirst());
  }

  @Test
  void trailingTabPaddingIsNotCells() {
    var rows = assertInstanceOf(TextLayout.Rows.class, parse("a\tb\t\t\nc\td\te\n").getFirst());
    assertEquals(List.of(List.of("a", "b"), List.of("c", "d", "e")), rows.rows());
  }

  @Test
  void blankLineEndsATabSeparatedTable() {
    List<TextLayout.Segment> s = parse("a\tb\n\nc\td\n");
    assertEquals(2, s.size());
  }

  @Test
  void onlyTheLeadingEmptyRunMergesDown() {
    var rows = assertInstanceOf(TextLayout.Rows.class, parse("G\tL1\tx\t1\t\nt\t\ty\t2\n\t\tz\t\t3\n").getFirst());
    TableGrid t = grid(rows);
    // row 1 starts with a filled cell: its blank is a blank value, not a merge
    assertEquals("", t.text(1, 1));
    // row 2's leading blanks: the first continues t; the second stays blank, the slot above it is blank
    assertEquals("t", t.text(2, 0));
    assertEquals(2, t.cellAt(1, 0).rowSpan());
    assertEquals("", t.text(2, 1));
    // a blank after the first filled cell stays blank
    assertEquals("", t.text(2, 3));
    assertEquals(1, t.cellAt(0, 3).rowSpan());
  }

  @Test
  void blankSpacerRowMergesNothing() {
    var rows = assertInstanceOf(TextLayout.Rows.class, parse("a\tb\n\t\t\nc\td\n").getFirst());
    TableGrid t = grid(rows);
    assertEquals(1, t.cellAt(0, 0).rowSpan());
    assertEquals(3, t.rows());
  }

  @Test
  void cellPerLineRowsEndAtABlankLine() {
    var rows = assertInstanceOf(TextLayout.Rows.class, parse("\t一级\n\t二级\n\n\t产出\n\t数量\n\n").getFirst());
    assertEquals(List.of(List.of("一级", "二级"), List.of("产出", "数量")), rows.rows());
  }

  @Test
  void lineWithoutTabContinuesTheCell() {
    var rows = assertInstanceOf(TextLayout.Rows.class, parse("\t资金\n\t金额\n（万元）\n\n\t本年\n\t1\n").getFirst());
    assertEquals(List.of(List.of("资金", "金额\n（万元）"), List.of("本年", "1")), rows.rows());
  }

  @Test
  void shortLineAfterBlankContinuesTheCell() {
    var rows = assertInstanceOf(TextLayout.Rows.class, parse("\t投入管理\n\n指标\n\t工作目标\n\t相关\n\n").getFirst());
    assertEquals(List.of(List.of("投入管理\n指标", "工作目标", "相关")), rows.rows());
  }

  @Test
  void captionBetweenTablesIsProse() {
    List<TextLayout.Segment> s = parse("\ta\n\tb\n\n\n表 2-2 支出预算执行情况表（单位：万元）\n\tc\n\td\n");
    assertEquals(3, s.size());
    assertEquals(new TextLayout.Line("表 2-2 支出预算执行情况表（单位：万元）"), s.get(1));
  }

  @Test
  void textAfterAFullRowEndsTheTable() {
    List<TextLayout.Segment> s = parse("\t项目\n\t合计\n\n\t份数\n\t78\n 2.您是否满意?\n\n\t项目\n\t合计\n");
    assertEquals(3, s.size(), s.toString());
    assertEquals(new TextLayout.Line("2.您是否满意?"), s.get(1));
  }

  /** Prose lines of a fixed-width layout, as h163 and pdftotext -layout print them. */
  private static final String WRAPPED = String.join("\n",
      "    （一）投入指标（权重15分，得分14分）",
      "    1.预算编制准确性。部门预算编制基本完整，但年中追加就业补助资金较多，预算编制准确",
      "性有待提高，该项指标分值5分，得4分。",
      "    2.重点支出保障率。就业、社保等重点支出全部足额保障，保障率100%，该项指标分值5分，",
      "得5分。",
      "    1.预算执行率。全年预算执行率97.19%，按“执行率×分值”计分，该项指标分值10分，得",
      "9.72分。",
      "    3.“三公”经费控制率。“三公”经费实际支出为预算的86.4%，该项指标分值5分，得5分。",
      "    （二）过程指标（权重25分，得分22.72分）",
      "");

  @Test
  void aSentenceTheLayoutBrokeIsOneLine() {
    List<String> lines = parse(WRAPPED).stream().map(seg -> ((TextLayout.Line) seg).text()).toList();
    assertEquals(List.of("（一）投入指标（权重15分，得分14分）",
        "1.预算编制准确性。部门预算编制基本完整，但年中追加就业补助资金较多，预算编制准确性有待提高，该项指标分值5分，得4分。",
        "2.重点支出保障率。就业、社保等重点支出全部足额保障，保障率100%，该项指标分值5分，得5分。",
        "1.预算执行率。全年预算执行率97.19%，按“执行率×分值”计分，该项指标分值10分，得9.72分。",
        "3.“三公”经费控制率。“三公”经费实际支出为预算的86.4%，该项指标分值5分，得5分。",
        "（二）过程指标（权重25分，得分22.72分）"), lines);
  }

  @Test
  void linesOfAFileNotLaidOutAtAWidthStayLines() {
    // one paragraph per line, lines of any length: nothing fills a width, nothing is joined
    String text = "一、基本情况\n本单位主要职能是负责全区的就业创业工作，内设机构3个\n核定编制20人\n";
    assertEquals(3, parse(text).size());
    // and an item opening the next line is never joined to a full line above
    String items = WRAPPED.replace("性有待提高，", "2.性有待提高，");
    assertEquals(7, parse(items).size());
  }
}
