/**
 * The prose {@link org.jixiao.extract.draft.IndicatorStrategy}: scores stated in running text:
 * "（设置分值2分，得2分）", "本指标分值5分，自评得分4.5分", "该指标得分1.49分", totals ("总体得分为86.00分") and
 * grades ("评价等级为“良”"). A 一级 subtotal lead ("（三）产出指标（权重40分，得分38.5分）") is a section and the group
 * of the rows after it, never a row ({@code GroupLead}); a subtotal of a 、 list of parts is kept as a
 * diagnostic ({@code JointSubtotal}); coded items in prose ("A11名称（3分）：…得3分") keep their code
 * ({@code CodedItem}). 第X部分/第X章 headings are document structure, never levels ({@code PartHeading}); an
 * unscored "（一）目标设定" or the opening "1.项目立项。" of a paragraph of items is the 二级 lead ({@code SubLead});
 * several "（1）名称：…此项6分，得6分。" items in one paragraph are read each in its own span ({@code ItemRun}); an item
 * naming "二级—三级" or "二级：三级" gives both levels ({@code JoinedLevels}); a lead stating its weight only
 * ("（二）产出指标（分值40分）") is a section ({@code WeightedLead}) scored by a sentence summing the groups up
 * ({@code GroupScores}); 一级 weights and scores summed up clause by clause in one sentence ("决策类指标权重分15分、实际
 * 得分14分；…") are sections named as the groups' headings name them ({@code GroupSummary}); "（一）项目决策" alone opens a
 * known 一级 group and a bare known 二级 line heads its items; "①名称。设定权重分W分。" states an item's weight in a
 * sentence of its own ({@code HeadedParagraph}); a structured item "名称：年度目标X，实际完成Y，…" gives its target and actual
 * ({@code StatedValues}); a
 * score cut from its unit by a PDF line break is rejoined ({@code UnitWrap}); "扣X分，本项得S分" implies the weight
 * X + S, which a weight stated in the item's heading outranks. Patterns are data ({@code score-patterns.txt}); names are cut from the
 * sentence by {@link org.jixiao.extract.prose.ProseNameGuesser}. Imports the shared draft ({@code
 * extract.draft}), never the cascade's package {@code org.jixiao.extract} nor another stage.
 */
@NullMarked
package org.jixiao.extract.prose;

import org.jspecify.annotations.NullMarked;
