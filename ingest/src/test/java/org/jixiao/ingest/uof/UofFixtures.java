package org.jixiao.ingest.uof;

/** A small UOF 1.0 text document as 永中 Office writes one: a title, a paragraph and a table with spans across and down. */
public final class UofFixtures {
  private UofFixtures() {}

  private static String cell(String attrs, String text) {
    return "<字:单元格><字:单元格属性><字:宽度 字:绝对值=\"80\"/>" + attrs
        + "<字:垂直对齐方式>center</字:垂直对齐方式></字:单元格属性><字:段落><字:段落属性><字:对齐 字:水平对齐=\"center\"/>"
        + "</字:段落属性><字:句><字:句属性><字:字体 字:字号=\"10.5\"/></字:句属性><字:文本串>" + text + "</字:文本串></字:句></字:段落>"
        + "</字:单元格>";
  }

  /** 一级指标 spans two rows, the header's 分值/得分 title spans two columns. */
  public static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<uof:UOF xmlns:uof=\"http://schemas.uof.org/cn/2003/uof\" xmlns:字=\"http://schemas.uof.org/cn/2003/uof-wordproc\""
      + " uof:language=\"cn\" uof:version=\"1.0\" uof:mimetype=\"vnd.uof.text\">"
      + "<uof:元数据><uof:标题>某某局2024年度部门整体支出绩效自评表</uof:标题><uof:创建应用程序>永中Office</uof:创建应用程序></uof:元数据>"
      + "<uof:文字处理><字:公用处理规则><字:文档设置><字:度量单位>pt</字:度量单位></字:文档设置></字:公用处理规则><字:主体>"
      + "<字:段落><字:句><字:文本串>一、绩效指标</字:文本串><字:制表符/><字:文本串>单位：万元</字:文本串></字:句></字:段落>"
      + "<字:文字表><字:文字表属性><字:列宽集><字:列宽>80</字:列宽></字:列宽集></字:文字表属性>"
      + "<字:行>" + cell("<字:跨行 字:值=\"2\"/>", "一级指标") + cell("", "三级指标") + cell("<字:跨列 字:值=\"2\"/>", "分值/得分") + "</字:行>"
      + "<字:行>" + cell("", "名称") + cell("", "分值") + cell("", "得分") + "</字:行>"
      + "<字:行>" + cell("", "产出") + cell("", "培训人次") + cell("", "5") + cell("", "4.5") + "</字:行>"
      + "</字:文字表>"
      + "<字:段落><字:句><字:文本串>自评等级：优</字:文本串></字:句></字:段落>"
      + "</字:主体></uof:文字处理></uof:UOF>";
}
