package org.jixiao.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.FileBytes;
import org.jixiao.schema.WarningCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML reports with jsoup, in document order: headings ({@code h1}–{@code h6}, with their
 * level), paragraphs ({@code p}, {@code li}, text directly inside a {@code div} or other block,
 * and each {@code <br>}-separated line as a paragraph of its own), and tables laid out by {@link
 * HtmlTable}; a list of label/value pairs laid out with {@code div}/{@code span} or {@code dl} is read as the
 * two-column grid it shows ({@link PairList}), and rows of cells drawn with divs as the table they show ({@link DivGrid}). The charset comes from the byte-order mark or the {@code <meta>} declaration (jsoup's
 * detection, UTF-8 when neither says otherwise), so GBK pages read correctly. Scripts, styles and
 * other non-content elements are dropped, and so is text styled {@code display:none}. HTML has no
 * pages: every block's page is null.
 */
public final class HtmlReader implements FormatReader {
  private static final String NON_CONTENT = "script, style, noscript, template, head, iframe, object";
  /** Text no browser shows: Word writes its hidden text (field codes, deleted notes) this way. */
  private static final String HIDDEN = "[style~=(?i)display\\s*:\\s*none], [hidden]";
  /** Text a browser shows apart, at the far end of its line. */
  private static final String FLOATED = "[style~=(?i)float\\s*:\\s*(?:left|right)]";

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.HTML);
  }

  /**
   * Stored page bytes parsed in the charset their byte-order mark or {@code <meta>} declares (jsoup's detection), but
   * as UTF-8 when they are valid UTF-8 holding Chinese whatever the meta says: a CMS converted the page and kept its
   * old {@code <meta charset="gb2312">} (h407), said in a warning.
   */
  static Document page(byte[] bytes, DocumentBuilder doc) throws IngestException {
    try {
      Document html = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      if (html.charset().equals(StandardCharsets.UTF_8) || !org.jixiao.ingest.text.TextDecoding.isMultiByteUtf8(bytes)) {
        return html;
      }
      doc.warn(WarningCode.CHARSET_DECLARATION_IGNORED, "the page declares " + html.charset().name() + ", but its bytes"
          + " are valid UTF-8 (Chinese in it): read as UTF-8", null);
      return Jsoup.parse(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), "");
    } catch (IOException e) {
      throw new IngestException(FailureKind.CORRUPT, "cannot parse HTML: " + e.getMessage(), e);
    }
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes = FileBytes.read(file, limits);
    DocumentBuilder doc = new DocumentBuilder(name, DocFormat.HTML, limits);
    Document html = page(bytes, doc);
    doc.metadata("charset", html.charset().name());
    return read(html, doc);
  }

  /** The model of an already parsed HTML (or Tika XHTML) document, into {@code doc}. */
  public static ParsedDocument read(Document html, DocumentBuilder doc) throws IngestException {
    doc.metadata("title", html.title());
    // the publisher a government portal declares in its article meta (政府网站 page standard: ContentSource)
    Element source = html.selectFirst("meta[name~=(?i)^ContentSource$]");
    if (source != null && !source.attr("content").isBlank()) {
      doc.metadata("publisher", source.attr("content").strip());
    }
    var positioned = PositionedPages.of(html);
    if (positioned.isPresent()) {
      doc.warn(WarningCode.POSITIONED_TEXT_READ, "the page places its text by position (a PDF's online preview): read as the "
          + positioned.get().size() + " page(s) it renders", null);
      return org.jixiao.ingest.pdf.PositionedText.write(positioned.get(), doc);
    }
    emit(html, doc);
    return doc.build();
  }

  /**
   * The paragraphs and tables of {@code html}'s body, added to {@code doc} where it stands (a Word document's imported
   * HTML part, {@code w:altChunk}); its title and meta are not the document's.
   */
  public static void emit(Document html, DocumentBuilder doc) throws IngestException {
    // a picture is no content (an icon, a logo, a chart) unless it draws a table, read where it stands; so is a
    // script, unless it holds the data a script draws a table from
    Map<Element, GridBuilder> drawn = new IdentityHashMap<>();
    int scripted = 0;
    for (Element script : html.select("script")) {
      var data = ScriptData.of(script);
      if (data.isPresent()) {
        Element holder = new Element("div");
        script.replaceWith(holder);
        drawn.put(holder, data.get());
        scripted++;
      }
    }
    if (scripted > 0) {
      doc.warn(WarningCode.SCRIPT_DATA_TABLE, scripted + " table(s) the page draws with a script read from the data it embeds", null);
    }
    int controls = FormControls.replace(html);
    if (controls > 0) {
      doc.warn(WarningCode.FORM_FIELDS_READ, controls + " form control value(s) of the page read where they stand", null);
    }
    int framed = inlineFrames(html);
    if (framed > 0) {
      doc.warn(WarningCode.FRAME_DOCUMENT_READ, framed + " document(s) a frame holds in its srcdoc (a page saved whole with its"
          + " attachment preview) read where the frame stands", null);
    }
    int shadowed = ShadowRoots.flatten(html);
    if (shadowed > 0) {
      doc.warn(WarningCode.SHADOW_DOM_READ, shadowed + " declarative shadow root(s) of the page's components read where their"
          + " hosts stand, their slots filled as a browser shows them", null);
    }
    if (CssTables.rewrite(html) > 0) {
      doc.warn(WarningCode.CSS_TABLE_READ, "tables drawn with CSS table display on divs read as the tables they show", null);
    }
    html.select(NON_CONTENT).remove();
    for (Element nav : html.select("nav")) {
      // a site's menu, links and nothing else ("首页政务公开政务服务…" run into the title below it, h547); a breadcrumb saying
      // 当前位置 stays
      Element words = nav.clone();
      words.select("a").remove();
      if (words.text().isBlank()) {
        nav.remove();
      }
    }
    for (Element svg : html.select("svg")) {
      SvgTable.of(svg).ifPresentOrElse(grid -> drawn.put(svg, grid), svg::remove);
    }
    html.select(HIDDEN).remove();
    for (Element floated : html.select(FLOATED)) {
      // "填报单位（盖章）：XX局<span style="float:right">金额单位：万元</span>": shown apart at the line's far end, not run on
      // into the name (h442)
      floated.before(new TextNode("\u3000"));
    }
    int split = SplitTables.join(html);
    if (split > 0) {
      doc.warn(WarningCode.SPLIT_TABLES_JOINED, split + " table(s) a data grid draws apart (header, body, footer) read as"
          + " parts of the tables they belong to", null);
    }
    Walk walk = new Walk(doc, drawn);
    walk.block(html.body());
    walk.flush();
  }

  /** How deep frames in frames are opened: a saved page nests its preview once or twice, never more in earnest. */
  private static final int FRAME_DEPTH = 3;

  /**
   * Each {@code <iframe srcdoc>} replaced by the body of the document it holds (SingleFile and browsers' "save whole
   * page" keep an attachment's preview so, the report one escaped attribute, h377); a frame that only points elsewhere
   * ({@code src}) holds nothing here and is dropped with the other non-content.
   */
  private static int inlineFrames(Document html) {
    int read = 0;
    for (int depth = 0; depth < FRAME_DEPTH; depth++) {
      var frames = html.select("iframe[srcdoc]");
      if (frames.isEmpty()) {
        break;
      }
      for (Element frame : frames) {
        Document inner = Jsoup.parse(frame.attr("srcdoc"));
        inner.select("head").remove();
        Element holder = new Element("div");
        for (Node child : List.copyOf(inner.body().childNodes())) {
          holder.appendChild(child);
        }
        frame.replaceWith(holder);
        read++;
      }
    }
    return read;
  }

  /** One pass over the body, collecting the inline text of the current paragraph. */
  private static final class Walk {
    private final DocumentBuilder doc;
    private final StringBuilder run = new StringBuilder();
    private int level;

    /** The tables drawn as SVG pictures and the tables scripts draw from data, read once before the walk. */
    private final Map<Element, GridBuilder> drawn;

    Walk(DocumentBuilder doc, Map<Element, GridBuilder> drawn) {
      this.doc = doc;
      this.drawn = drawn;
    }

    void block(Element el) throws IngestException {
      List<Node> children = el.childNodes();
      for (int i = 0; i < children.size(); i++) {
        Node child = children.get(i);
        Optional<RecordLists.Record> record = child instanceof Element e ? RecordLists.of(e) : Optional.empty();
        if (child instanceof TextNode t) {
          run.append(t.text());
        } else if (child instanceof Element e && record.isPresent()) {
          // a run of record lists (one <dl> per indicator, h225): the table they stand for
          List<RecordLists.Record> records = new ArrayList<>(List.of(record.get()));
          int j = i + 1;
          for (; j < children.size(); j++) {
            Node next = children.get(j);
            if (next instanceof TextNode t && t.isBlank()) {
              continue;
            }
            Optional<RecordLists.Record> r = next instanceof Element n && n.className().equals(e.className())
                ? RecordLists.of(n) : Optional.empty();
            if (r.isEmpty()) {
              break;
            }
            records.add(r.get());
          }
          flush();
          doc.table(RecordLists.grid(records));
          i = j - 1;
        } else if (child instanceof Element e) {
          element(e);
        }
      }
    }

    private void element(Element e) throws IngestException {
      String tag = e.normalName();
      GridBuilder read = drawn.get(e); // an SVG picture's table, or a script's data where the script stood
      if (read != null) {
        flush();
        doc.table(read);
        return;
      }
      if (tag.equals("br")) {
        flush();
      } else if (tag.equals("img")) {
        picture(e);
      } else if (tag.equals("table")) {
        flush();
        table(e);
      } else if (tag.equals("pre")) {
        // preformatted text (h239: a whole form as space-aligned lines): laid out as a text file is, its columns a table
        flush();
        org.jixiao.ingest.text.TextReader.lay(e.wholeText(), doc);
      } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
        flush();
        int outer = level;
        level = tag.charAt(1) - '0';
        block(e);
        flush();
        level = outer;
      } else if (HtmlText.BLOCKS.contains(tag)) {
        flush();
        var pairs = PairList.of(e).or(() -> DivGrid.of(e));
        if (pairs.isPresent()) {
          doc.table(pairs.get()); // a portal's label/value list, or a table drawn with divs: the grid it shows
        } else {
          block(e);
        }
        flush();
      } else {
        block(e); // inline: span, a, b, font …
      }
    }

    /** A picture carried in the page itself, read by OCR when it looks like a printed table or page (h294). */
    private void picture(Element img) throws IngestException {
      Optional<DataImages.Picture> p = DataImages.of(img);
      if (p.isPresent() && org.jixiao.ingest.pdf.PictureText.worthReading(p.get().image())) {
        flush();
        org.jixiao.ingest.pdf.PictureText.read(p.get().image(), p.get().shownInches(),
            "picture " + (img.attr("alt").isBlank() ? "in the page" : "“" + img.attr("alt").strip() + "”"), doc);
      }
    }

    private void table(Element table) throws IngestException {
      if (HtmlTable.isLayout(table)) {
        layoutTable(table);
        return;
      }
      for (Element caption : table.children()) {
        if (caption.normalName().equals("caption")) {
          doc.paragraph(HtmlText.of(caption), 0, null);
        }
      }
      HtmlTable.Layout layout = HtmlTable.layout(table);
      if (layout.nested()) {
        doc.warn(WarningCode.NESTED_TABLE_FLATTENED, "a table inside a table cell was flattened into the cell's text", null);
      }
      for (String c : layout.clamped()) {
        doc.warn(WarningCode.SPAN_CLAMPED, c, null);
      }
      doc.table(layout.grid());
    }

    /** A layout table's cells are read as blocks in source order, so its nested tables stay grids. */
    private void layoutTable(Element table) throws IngestException {
      for (Element row : HtmlTable.rows(table)) {
        for (Element cell : row.children()) {
          if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
            block(cell);
            flush();
          }
        }
      }
    }

    void flush() throws IngestException {
      String text = HtmlText.tidy(run);
      run.setLength(0);
      doc.paragraph(text.replace('\n', ' '), level, null);
    }
  }
}
