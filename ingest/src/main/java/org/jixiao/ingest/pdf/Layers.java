package org.jixiao.ingest.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.jspecify.annotations.Nullable;

/**
 * A PDF's layers (optional content, ISO 32000-1 §8.11): content marked with a group that the document's default
 * configuration switches off is neither shown nor printed, so it is no part of the report as published (a draft's
 * figures kept under the final ones, h389).
 */
final class Layers {
  private Layers() {}

  /**
   * Whether content marked with {@code properties} (an optional content group, or a membership dictionary naming
   * groups with its visibility policy) is hidden by the document's default configuration; false when the document has
   * no layers or the marking is not optional content.
   */
  static boolean hidden(@Nullable PDOptionalContentProperties layers, @Nullable COSDictionary properties) {
    if (layers == null || properties == null) {
      return false;
    }
    if (COSName.OCG.equals(properties.getCOSName(COSName.TYPE))) {
      return !layers.isGroupEnabled(new PDOptionalContentGroup(properties));
    }
    if (!COSName.getPDFName("OCMD").equals(properties.getCOSName(COSName.TYPE))) {
      return false;
    }
    COSBase groups = properties.getDictionaryObject(COSName.getPDFName("OCGs"));
    int on = 0;
    int count = 0;
    if (groups instanceof COSDictionary one) {
      count = 1;
      on = layers.isGroupEnabled(new PDOptionalContentGroup(one)) ? 1 : 0;
    } else if (groups instanceof COSArray many) {
      for (COSBase g : many) {
        if (g instanceof org.apache.pdfbox.cos.COSObject o) {
          g = o.getObject();
        }
        if (g instanceof COSDictionary d) {
          count++;
          on += layers.isGroupEnabled(new PDOptionalContentGroup(d)) ? 1 : 0;
        }
      }
    }
    if (count == 0) {
      return false;
    }
    // the visibility policy: AnyOn when not given
    return switch (String.valueOf(properties.getNameAsString(COSName.P))) {
      case "AllOn" -> on < count;
      case "AnyOff" -> on == count;
      case "AllOff" -> on > 0;
      default -> on == 0;
    };
  }
}
