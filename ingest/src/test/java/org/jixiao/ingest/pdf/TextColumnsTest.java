package org.jixiao.ingest.pdf;

import static org.jixiao.ingest.pdf.LineFixtures.LEFT;
import static org.jixiao.ingest.pdf.LineFixtures.RIGHT;
import static org.jixiao.ingest.pdf.LineFixtures.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prose in two columns between full-width lines (h211's family), on lines laid out as LibreOffice lays them. */
class TextColumnsTest {
  private static final double STEP = 18;
  private static final double RIGHT_COLUMN = LEFT + 21 * SIZE;

  /** One baseline holding the left column's text and the right column's, either possibly empty. */
  private static TextLine both(String left, String right, int row) {
    List<Glyph> g = new ArrayList<>(LineFixtures.glyphs(left, LEFT, row * STEP, SIZE));
    g.addAll(LineFixtures.glyphs(right, RIGHT_COLUMN, row * STEP, SIZE));
    return TextLines.line(g);
  }

  private static List<String> read(List<TextLine> lines) {
    return TextColumns.group(1, lines, LEFT, RIGHT, STEP - SIZE).stream().map(PageBlock.Text::text).toList();
  }

  @Test
  void aTwoColumnBandIsReadColumnByColumn() {
    List<TextLine> lines = List.of(
        LineFixtures.line("二〇二四年度部门整体支出绩效自评报告", LEFT + 10 * SIZE, 0, SIZE),
        both("一、部门基本情况", "三、绩效目标完成情况", 1),
        both("本局是县政府工作部门，主要负责全县自", "全年完成不动产登记发证一万二千件，", 2),
        both("然资源调查监测评价工作。", "办理抵押登记三千件。", 3),
        both("二、部门预算执行情况", "四、自评结论", 4),
        both("全年预算三千四百万元，全年支出三千三", "本部门自评得分八十九分，等级为良。", 5),
        both("百万元。", "", 6),
        LineFixtures.line("说明：本表金额单位为万元，执行率保留两位小数，得分保留两位小数，其余按规定填报。", 7 * STEP));
    assertEquals(List.of("二〇二四年度部门整体支出绩效自评报告",
        "一、部门基本情况", "本局是县政府工作部门，主要负责全县自然资源调查监测评价工作。",
        "二、部门预算执行情况", "全年预算三千四百万元，全年支出三千三百万元。",
        "三、绩效目标完成情况", "全年完成不动产登记发证一万二千件，办理抵押登记三千件。",
        "四、自评结论", "本部门自评得分八十九分，等级为良。",
        "说明：本表金额单位为万元，执行率保留两位小数，得分保留两位小数，其余按规定填报。"), read(lines));
  }

  /** A line of the left column at {@code y}, or of the right column, each column on its own baseline grid. */
  private static TextLine left(String text, double y) {
    return LineFixtures.line(text, LEFT, y, SIZE);
  }

  private static TextLine right(String text, double y) {
    return LineFixtures.line(text, RIGHT_COLUMN, y, SIZE);
  }

  @Test
  void columnsWhoseBaselinesDoNotLineUpAreReadColumnByColumn() {
    // h257: the right column set half a line lower, so no line holds both; a paragraph runs on from the foot of the
    // left column to the head of the right one
    double h = STEP / 2;
    List<TextLine> lines = List.of(
        LineFixtures.line("二〇二四年度部门整体支出绩效评价报告", LEFT + 10 * SIZE, 0, SIZE),
        left("一、部门基本情况", STEP), right("零点五分，得三点五分。", STEP + h),
        left("本局是县政府工作部门，主要负责全县自", 2 * STEP), right("（二）过程（二十五分，得二十分）", 2 * STEP + h),
        left("然资源调查监测评价工作。", 3 * STEP), right("（一）预算执行率（八分）。全年预算三", 3 * STEP + h),
        left("二、评价指标分析", 4 * STEP), right("千四百万元，执行率九成二，得七分。", 4 * STEP + h),
        left("（一）绩效目标合理性（四分）。目标设", 5 * STEP), right("（二）预算调整率（三分）。调整幅度较", 5 * STEP + h),
        left("定依据充分，但部分指标未细化量化，扣", 6 * STEP), right("大，扣一分，得二分。", 6 * STEP + h),
        LineFixtures.line("说明：本表金额单位为万元，执行率保留两位小数，得分保留两位小数，其余按规定填报。", 8 * STEP));
    assertEquals(List.of("二〇二四年度部门整体支出绩效评价报告",
        "一、部门基本情况", "本局是县政府工作部门，主要负责全县自然资源调查监测评价工作。",
        "二、评价指标分析", "（一）绩效目标合理性（四分）。目标设定依据充分，但部分指标未细化量化，扣零点五分，得三点五分。",
        "（二）过程（二十五分，得二十分）",
        "（一）预算执行率（八分）。全年预算三千四百万元，执行率九成二，得七分。",
        "（二）预算调整率（三分）。调整幅度较大，扣一分，得二分。",
        "说明：本表金额单位为万元，执行率保留两位小数，得分保留两位小数，其余按规定填报。"), read(lines));
  }

  @Test
  void afewLinesWithAGapAreNoColumns() {
    // a signature block: two label pairs per line, too few lines to be a second column of prose
    List<TextLine> lines = List.of(
        both("填报人：张三", "联系电话：一二三四五", 0),
        both("审核人：李四", "填报日期：二〇二五年", 1),
        LineFixtures.line("本表一式两份。", 2 * STEP));
    assertEquals(List.of("填报人：张三 联系电话：一二三四五", "审核人：李四 填报日期：二〇二五年", "本表一式两份。"), read(lines));
  }

  @Test
  void aFooterRunningPastTheBodyDoesNotSetTheMargin() {
    // h220: a browser's print footer with the page address and "1/2" ends further right than every body line
    List<TextLine> lines = List.of(
        LineFixtures.line("正".repeat(30), 100),
        LineFixtures.line("文".repeat(20), 100 + STEP),
        LineFixtures.line("页脚的网址一直延伸到页面的最右边", LEFT + 30 * SIZE, 820, SIZE));
    assertEquals(LEFT + 30 * SIZE, PageLayout.rightMargin(lines, 595, 842), 0.01, "where the body's longest line ends");
    assertEquals(LEFT + 46 * SIZE, PageLayout.rightMargin(lines.subList(2, 3), 595, 842), 0.01, "only a footer: its end");
  }
}
