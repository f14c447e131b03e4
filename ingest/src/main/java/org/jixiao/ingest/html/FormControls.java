package org.jixiao.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A 填报 system's form page saved from the browser (h308): every figure is the value of a form control, which a
 * browser shows and a text walk does not see. Each control is replaced by what the page shows in its place: a text
 * box's value, a text area's text, a list's selected option. Hidden inputs (record ids, codes), buttons, check boxes and
 * a list with no option selected show no value of the report and are dropped; a placeholder is a prompt, not a value.
 */
final class FormControls {
  /** Input types whose value is shown as text. */
  private static final Set<String> SHOWN = Set.of("", "text", "number", "date", "month", "tel", "email", "search", "url");

  private FormControls() {}

  /** Replaces the controls of {@code html} by their shown values; how many held a value. */
  static int replace(Document html) {
    int read = 0;
    for (Element control : html.select("input, textarea, select")) {
      String shown = switch (control.normalName()) {
        case "input" -> SHOWN.contains(control.attr("type").strip().toLowerCase(Locale.ROOT)) ? control.attr("value") : "";
        case "textarea" -> control.wholeText();
        default -> {
          Element chosen = control.selectFirst("option[selected]");
          yield chosen == null ? "" : chosen.text();
        }
      };
      if (shown.isBlank()) {
        control.remove();
      } else {
        control.replaceWith(new TextNode(shown.strip()));
        read++;
      }
    }
    return read;
  }
}
