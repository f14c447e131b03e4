package org.jixiao.audit;

import java.util.ResourceBundle;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.Severity;

/** 中文标签: the one message bundle of the audit's names for people ({@code labels.properties}); JSON keeps the enum names. */
public final class Labels {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.jixiao.audit.labels", java.util.Locale.ROOT);

  private Labels() {}

  public static String check(CheckId c) {
    return BUNDLE.getString("check." + c.name());
  }

  public static String severity(Severity s) {
    return BUNDLE.getString("severity." + s.name());
  }

  public static String certainty(Certainty c) {
    return BUNDLE.getString("certainty." + c.name());
  }

  public static String kind(ReportKind k) {
    return BUNDLE.getString("kind." + k.name());
  }

  public static String level(AdminLevel l) {
    return BUNDLE.getString("level." + l.name());
  }
}
