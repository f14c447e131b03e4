package org.jixiao.schema;

/** 报告类型: who scored the report. */
public enum ReportKind {
  /** 自评: the department scored itself (自评表 / 自评报告). */
  SELF_EVALUATION,
  /** 第三方评价: a firm commissioned by the finance bureau scored it (绩效评价报告). */
  THIRD_PARTY_EVALUATION
}
