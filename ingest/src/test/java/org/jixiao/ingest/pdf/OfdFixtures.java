package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small OFD packages written as the standard lays them out: OFD.xml, Doc_0/Document.xml, a template, pages. */
public final class OfdFixtures {
  private OfdFixtures() {}

  /** One page builder: text objects and ruling lines in millimetres. */
  public static final class Page {
    private final StringBuilder objects = new StringBuilder();
    private int id = 100;

    /** Text at (x, y) mm (y its baseline), size in mm, one DeltaX run of equal advances. */
    public Page text(double x, double y, double size, String s) {
      double top = y - size;
      objects.append(String.format(Locale.ROOT, """
          <ofd:TextObject ID="%d" Boundary="%.2f %.2f %.2f %.2f" Font="2" Size="%.3f">
           <ofd:TextCode X="0" Y="%.3f" DeltaX="g %d %.3f">%s</ofd:TextCode></ofd:TextObject>
          """, id++, x, top, size * s.length(), size * 1.3, size, size, Math.max(0, s.codePointCount(0, s.length()) - 1), size, s));
      return this;
    }

    /** Text turned 35° by its CTM, as a watermark is drawn. */
    public Page turnedText(double x, double y, double size, String s) {
      objects.append(String.format(Locale.ROOT, """
          <ofd:TextObject ID="%d" Boundary="%.2f %.2f 120 60" CTM="0.819 -0.574 0.574 0.819 0 0" Font="2" Size="%.3f">
           <ofd:TextCode X="0" Y="%.3f">%s</ofd:TextCode></ofd:TextObject>
          """, id++, x, y, size, size, s));
      return this;
    }

    /** A stroked line from (x0, y0) to (x1, y1) mm. */
    public Page line(double x0, double y0, double x1, double y1) {
      double bx = Math.min(x0, x1);
      double by = Math.min(y0, y1);
      objects.append(String.format(Locale.ROOT, """
          <ofd:PathObject ID="%d" Boundary="%.2f %.2f %.2f %.2f" LineWidth="0.25">
           <ofd:AbbreviatedData>M %.2f %.2f L %.2f %.2f</ofd:AbbreviatedData></ofd:PathObject>
          """, id++, bx, by, Math.abs(x1 - x0) + 0.25, Math.abs(y1 - y0) + 0.25, x0 - bx, y0 - by, x1 - bx, y1 - by));
      return this;
    }

    /** A grid of rulings: rows at {@code ys}, columns at {@code xs}, each line whole unless cut by {@code gaps}. */
    public Page grid(double[] xs, double[] ys) {
      for (double y : ys) {
        line(xs[0], y, xs[xs.length - 1], y);
      }
      for (double x : xs) {
        line(x, ys[0], x, ys[ys.length - 1]);
      }
      return this;
    }

    String xml(boolean withTemplate) {
      return """
          <?xml version="1.0" encoding="UTF-8"?>
          <ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">
          """ + (withTemplate ? " <ofd:Template TemplateID=\"9\" ZOrder=\"Background\"/>\n" : "")
          + " <ofd:Content><ofd:Layer ID=\"4\" Type=\"Body\">\n" + objects + " </ofd:Layer></ofd:Content>\n</ofd:Page>\n";
    }
  }

  /** Writes an OFD of these pages, titled {@code title}; a template page (running header) when {@code header} is set. */
  public static Path write(Path file, String title, String header, List<Page> pages) throws IOException {
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      refs.add("  <ofd:Page ID=\"" + (10 + i) + "\" BaseLoc=\"Pages/Page_" + i + "/Content.xml\"/>\n");
    }
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      put(zip, "OFD.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody>
           <ofd:DocInfo><ofd:DocID>0</ofd:DocID><ofd:Title>%s</ofd:Title><ofd:Creator>fixture</ofd:Creator></ofd:DocInfo>
           <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
          """.formatted(title));
      put(zip, "Doc_0/Document.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>
           <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
           <ofd:PublicRes>PublicRes.xml</ofd:PublicRes>%s</ofd:CommonData>
           <ofd:Pages>
          %s </ofd:Pages></ofd:Document>
          """.formatted(header == null ? "" : "<ofd:TemplatePage ID=\"9\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>",
              String.join("", refs)));
      put(zip, "Doc_0/PublicRes.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts>
           <ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>
          """);
      if (header != null) {
        put(zip, "Doc_0/Tpls/Tpl_0/Content.xml", new Page().text(20, 12, 3, header).xml(false));
      }
      for (int i = 0; i < pages.size(); i++) {
        put(zip, "Doc_0/Pages/Page_" + i + "/Content.xml", pages.get(i).xml(header != null));
      }
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
