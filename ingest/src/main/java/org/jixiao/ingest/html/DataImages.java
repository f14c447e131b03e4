package org.jixiao.ingest.html;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jixiao.text.number.Numbers;
import org.jsoup.nodes.Element;

/**
 * A picture carried inside a page ({@code <img src="data:image/png;base64,…">}): a portal article whose 自评表 is a
 * screenshot pasted into the editor (h294). Decoded when its base64 text is no longer than {@value #MAX_CHARS}
 * characters (a picture of a few pages; a larger one is not read), with the width the page shows it at, in inches
 * (a CSS pixel is 1/96 inch), when the tag says it.
 */
final class DataImages {
  private static final Pattern DATA = Pattern.compile("^data:image/(?:png|jpe?g|gif|bmp|webp);base64,", Pattern.CASE_INSENSITIVE);
  private static final Pattern PX = Numbers.compile("(?:^|[;\\s])width\\s*:\\s*({N})px");
  private static final Pattern NUMBER = Numbers.compile("{N}");
  static final int MAX_CHARS = 40_000_000;
  private static final double CSS_PX_PER_INCH = 96;

  /** A decoded picture and the inches it is shown wide (0 when the page does not say). */
  record Picture(BufferedImage image, double shownInches) {}

  private DataImages() {}

  static Optional<Picture> of(Element img) {
    String src = img.attr("src").strip();
    Matcher m = DATA.matcher(src);
    if (!m.find() || src.length() > MAX_CHARS) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(src.substring(m.end()));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      return image == null ? Optional.empty() : Optional.of(new Picture(image, shownInches(img)));
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty(); // not base64, or no picture a reader knows: nothing to read
    }
  }

  private static double shownInches(Element img) {
    Matcher style = PX.matcher(img.attr("style"));
    if (style.find()) {
      return Numbers.of(style.group(1)).doubleValue() / CSS_PX_PER_INCH;
    }
    String width = img.attr("width").strip();
    return NUMBER.matcher(width).matches() ? Numbers.of(width).doubleValue() / CSS_PX_PER_INCH : 0;
  }
}
