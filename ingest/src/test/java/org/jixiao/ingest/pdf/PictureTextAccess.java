package org.jixiao.ingest.pdf;

import java.awt.image.BufferedImage;

/** Test access to {@link PictureText}'s resolution estimate, from tests in other packages. */
public final class PictureTextAccess {
  private PictureTextAccess() {}

  public static int textDpi(BufferedImage picture) {
    return PictureText.textDpi(picture).orElse(-1);
  }
}
