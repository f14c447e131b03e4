package org.jixiao.app.web;

import java.util.Map;
import org.jixiao.search.Facet;

/** The page's Chinese names of facets and filters (checks, severities, levels and kinds: {@link org.jixiao.audit.Labels}). */
final class WebLabels {
  private static final Map<String, String> PARAMS = Map.ofEntries(Map.entry("province", "省份"), Map.entry("level", "级别"),
      Map.entry("year", "年度"), Map.entry("kind", "类型"), Map.entry("grade", "等级"), Map.entry("department", "部门"),
      Map.entry("minTotal", "总分≥"), Map.entry("maxTotal", "总分≤"), Map.entry("minRate", "得分率%≥"),
      Map.entry("maxRate", "得分率%≤"), Map.entry("minExec", "执行率%≥"), Map.entry("maxExec", "执行率%≤"),
      Map.entry("severity", "严重程度"), Map.entry("check", "检查"));

  private WebLabels() {}

  static String facet(Facet f) {
    return switch (f) {
      case PROVINCE -> "省份";
      case LEVEL -> "级别";
      case YEAR -> "年度";
      case GRADE -> "等级";
      case KIND -> "类型";
      case LEVEL1 -> "一级指标";
    };
  }

  static String param(String name) {
    return PARAMS.getOrDefault(name, name);
  }
}
