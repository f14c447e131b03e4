package org.jixiao.app.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page templates ({@code org/jixiao/app/web/*.mustache}), compiled once. Mustache escapes every {@code {{value}}},
 * and the templates use no triple braces: no text of a document can become markup. Numbers print as written
 * (9.5, not 9.50 or 1E+1).
 */
final class Templates {
  private final DefaultMustacheFactory factory = new DefaultMustacheFactory("org/jixiao/app/web");
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** What every page template sees: its title, the nav item to mark, the tool's name, and the page's own view. */
  record Page(String title, String nav, String tool, Object view, String json) {}

  Templates() {
    factory.setObjectHandler(new ReflectionObjectHandler() {
      @Override
      public String stringify(Object object) {
        return object instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : super.stringify(object);
      }
    });
  }

  String render(String template, Page page) {
    Mustache m = compiled.computeIfAbsent(template, t -> factory.compile(t + ".mustache"));
    StringWriter out = new StringWriter();
    m.execute(out, page);
    return out.toString();
  }
}
