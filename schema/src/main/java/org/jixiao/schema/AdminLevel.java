package org.jixiao.schema;

/** 行政级别: the government level of the evaluated department. */
public enum AdminLevel {
  /** 省级: a province, autonomous region or centrally-administered municipality. */
  PROVINCIAL,
  /** 地市级: a prefecture-level city, prefecture or league. */
  PREFECTURAL,
  /** 县级: a county, county-level city or urban district. */
  COUNTY
}
