package org.jixiao.extract.table;

import java.util.Set;
import org.jixiao.text.words.Lexicon;

/**
 * The 一级 and 二级 names of the national 项目/部门整体 frameworks ({@code prose/name-trim.txt}'s LEVEL1 and LEVEL2), read
 * once for the readers that tell a group from an indicator by them.
 */
public final class FrameworkLevels {
  private static final Lexicon NAMES = Lexicon.load(FrameworkLevels.class, "/org/jixiao/extract/prose/name-trim.txt");
  /** 决策, 过程, 产出, 效益, 项目决策 … */
  public static final Set<String> LEVEL1 = Set.copyOf(NAMES.words("LEVEL1"));
  /** 项目立项, 数量指标, 职责履行 … */
  public static final Set<String> LEVEL2 = Set.copyOf(NAMES.words("LEVEL2"));

  private FrameworkLevels() {}
}
