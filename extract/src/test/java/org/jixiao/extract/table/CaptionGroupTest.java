package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Captions naming the 一级 group of the table below them (h193), and captions that name none. */
class CaptionGroupTest {
  @Test
  void aCaptionNamesTheGroupWithoutIts指标() {
    assertEquals(Optional.of("投入"), CaptionGroup.parse("表1　投入指标评分情况"));
    assertEquals(Optional.of("过程"), CaptionGroup.parse("（二）过程指标得分表"));
    assertEquals(Optional.of("产出"), CaptionGroup.parse("三、产出指标"));
    assertEquals(Optional.of("效益"), CaptionGroup.parse("表 4 效益指标评分明细"));
    // h353: a collapsible section's heading with the group's points after its name
    assertEquals(Optional.of("投入管理"), CaptionGroup.parse("（一）投入管理指标分值20分得分18.65分"));
    assertEquals(Optional.of("产出"), CaptionGroup.parse("（二）产出指标（分值40分，得分39.78分）"));
  }

  @Test
  void captionsOfTheWholeTableOrOfLevelsNameNoGroup() {
    assertEquals(Optional.empty(), CaptionGroup.parse("表2　绩效指标完成及评分情况"));
    assertEquals(Optional.empty(), CaptionGroup.parse("三级指标评分表"));
    assertEquals(Optional.empty(), CaptionGroup.parse("表一　部门预算执行情况"));
    assertEquals(Optional.empty(), CaptionGroup.parse("各项指标评分情况如下："));
  }

  @Test
  void aCaptionNamingAFrameworkLevel2NamesTheTablesLevel2() {
    // h242: one small table per 二级 under a heading per 一级, each captioned "表2-1 项目立项指标评分明细"
    assertEquals(Optional.of("项目立项"), CaptionGroup.level2("表2-1 项目立项指标评分明细"));
    assertEquals(Optional.of("绩效目标"), CaptionGroup.level2("表2-2 绩效目标指标评分明细"));
    assertEquals(Optional.of("产出数量"), CaptionGroup.level2("表4-1 产出数量指标评分明细"));
    assertEquals(Optional.empty(), CaptionGroup.level2("表1　投入指标评分情况"), "a 一级 group");
    assertEquals(Optional.empty(), CaptionGroup.level2("表2　绩效指标完成及评分情况"));
  }
}
