package org.jixiao.extract.identity;

import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.Dates;
import org.jixiao.text.name.Outline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.ReportField;
import org.jixiao.text.words.Lexicon;
import org.jixiao.text.name.Names;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.MetaRef;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The report's identity: title, department, fiscal year, level, province, kind, evaluator and
 * publication date, each with the place it was read from.
 */
public final class IdentityExtractor {
  private static final Pattern YEAR = Numbers.compile("({Y})\\s*年度");
  private static final Pattern LABELLED_YEAR = Numbers.compile("\\s*({Y})\\s*(?:年度?)?\\s*");
  /**
   * "2022年城东区…项目绩效自评报告", "沙市区2023年农村人居环境整治提升项目绩效评价报告", "佳木斯市交通运输局2023年…": the year
   * opening the title, after its place or its department, or after the 关于 of a notice ("关于2024年…项目绩效评价结果的公示", h472).
   */
  private static final Pattern TITLE_YEAR =
      Numbers.compile("^[\\s\u3000]*(?:关于)?(?:\\p{IsHan}{1,10}?[省市区县州盟旗]|\\p{IsHan}{2,20}?(?:[局委厅办院所站]|中心))?\\s*({Y})\\s*年(?![0-9０-９月])");
  /** A period of years a title evaluates whole: "2022—2024年", "2022-2024年度", "2022年至2024年". */
  private static final Pattern PERIOD = Numbers.compile("({Y})\\s*年?\\s*[—–\\-~～至到]\\s*({Y})\\s*年");
  /** A year anywhere in a title, not a date's ("2025年5月"): the last resort before the text's first 20XX年度. */
  private static final Pattern YEAR_IN_TITLE = Numbers.compile("({Y})\\s*年(?![0-9０-９月])");
  private static final Pattern DATE = Pattern.compile(Dates.DATE);
  private static final int OPENING_CHARS = 4000;
  /** The place a signature may print before the department's name: 日照市, 四川省南充市. */
  private static final Pattern SIGNATURE_PLACE = Pattern.compile("(?:\\p{IsHan}{1,8}?[省市州盟])+");
  /** How many closing lines may hold the signature. */
  private static final int SIGNATURE_LINES = 6;
  /** Label categories whose values are organisations, which a form may follow with a seal note. */
  private static final Set<String> ORGANISATIONS = Set.of("DEPARTMENT", "IMPLEMENTING_UNIT", "EVALUATOR");
  private static final Pattern SEAL_NOTE = Pattern.compile("[（(][^（）()]{0,6}[章印][）)]");
  private static final Pattern SECTION_HEADING =
      Pattern.compile("^[\\s\\u00A0\\u3000]*(?:" + Outline.CHINESE + "|" + Outline.ARABIC + ")");

  private final Lexicon labels;
  private final PlaceResolver places;
  private final List<FirmSentence> firmSentences;
  /** A cover line that is a firm's name and nothing else ("湖南…会计师事务所有限责任公司", its date on the next line, h454). */
  private final Pattern firmLine;

  public IdentityExtractor(Lexicon labels, Gazetteer gazetteer) {
    this.labels = labels;
    this.places = new PlaceResolver(gazetteer);
    this.firmSentences = firmSentences(labels.words("FIRM_SUFFIX"));
    this.firmLine = Pattern.compile("(?<org>\\p{IsHan}{2,30}?(?:" + String.join("|", labels.words("FIRM_SUFFIX"))
        + "))(?:\\s*[（(]\\s*盖章\\s*[)）])?");
  }

  public static IdentityExtractor standard() {
    return new IdentityExtractor(Lexicon.load(IdentityExtractor.class, "identity-labels.txt"), Gazetteer.load());
  }

  public Identity extract(ParsedDocument doc, ReportDraft draft) {
    Map<ReportField, Evidence> evidence = new HashMap<>();
    List<Evidence> titles = titles(doc, draft);
    String title = titles.isEmpty() ? null : titles.get(0).text();
    if (title != null) {
      evidence.put(ReportField.title, titles.get(0));
    }
    Optional<ProjectRoles.Found> roles = ProjectRoles.find(doc, labels.words("ORG_SUFFIX"), draft);
    String found = department(doc, titles, draft, evidence, roles.isPresent());
    if (found == null && roles.isPresent()) {
      // the 主管部门 named by the sentence, where no label, title or publisher names the department
      found = roles.get().department().text();
      evidence.put(ReportField.department, roles.get().department());
    }
    String department = found;
    Integer year = fiscalYear(doc, titles, draft, evidence);
    if (year == null || !evidence.containsKey(ReportField.fiscalYear)) {
      year = labelledYear(doc, draft, evidence).orElse(year);
    }
    String opening = doc.text().substring(0, Math.min(doc.text().length(), OPENING_CHARS));
    List<String> nearestFirst = new ArrayList<>();
    if (department != null) {
      nearestFirst.add(department);
    }
    if (title != null) {
      nearestFirst.add(title);
    }
    // the division a department's name opens with ("泾县农业农村局") outranks one the opening merely mentions (a contact
    // person "查玉林" beside it, h470)
    var place = places.resolve(nearestFirst, opening, draft)
        .or(() -> department == null ? Optional.empty() : places.opening(department))
        .or(() -> places.resolve(List.of(opening), opening, draft));
    AdminLevel level = place.map(PlaceResolver.Place::level).orElseGet(() -> levelWord(title));
    String evaluator = evaluator(doc, draft, evidence, department, title);
    ReportKind kind = kind(title, evaluator, opening);
    String date = publicationDate(doc, draft, evidence);
    String project = labelled(doc, "PROJECT", ReportField.project, draft, evidence);
    String unit = labelled(doc, "IMPLEMENTING_UNIT", ReportField.implementingUnit, draft, evidence);
    if (unit == null && roles.isPresent()) {
      // "项目由XX局主管，XX所具体实施": a project report that states its roles in a sentence
      Evidence ran = roles.get().unit();
      unit = ran == null ? null : ran.text();
      if (ran != null) {
        evidence.put(ReportField.implementingUnit, ran);
      }
      String named = project != null || title == null ? null : ProjectRoles.projectInTitle(title, department);
      if (named != null) {
        project = named;
        evidence.put(ReportField.project, new Evidence(named, titles.get(0).source(), titles.get(0).method()));
      }
    }
    if (unit == null && project != null && department != null) {
      unit = fillerUnit(doc, department, draft, evidence);
    }
    if (project == null && (kind == ReportKind.THIRD_PARTY_EVALUATION || unit != null) && title != null) {
      // "东胜区2022年农村牧区供水保障工程财政支出绩效评价报告": an evaluation of one project names it in its title; so does a
      // project's own report that labels its 实施单位 but not its 项目名称 ("2024年偃师区基本公共卫生服务项目绩效自评报告", h338)
      String named = ProjectRoles.projectInTitle(title, department);
      if (named != null) {
        project = named;
        evidence.put(ReportField.project, new Evidence(named, titles.get(0).source(), titles.get(0).method()));
      }
    }
    return new Identity(title, department, year, level, place.map(PlaceResolver.Place::province).orElse(null),
        kind, evaluator, date, evidence, project, unit);
  }

  /**
   * The first value printed after one of the labels of {@code category}; a value that is itself a
   * label (the next header of a 汇总 table: 项目名称 | 主管部门) is a column header, not a value. A form's
   * other fields ({@code FORM_FIELD}: 项目编码, 实施期限) may follow a value on its row.
   */
  private @Nullable String labelled(ParsedDocument doc, String category, ReportField field, ReportDraft draft,
      Map<ReportField, Evidence> evidence) {
    List<String> known = new ArrayList<>();
    for (String c : List.of("DEPARTMENT", "EVALUATOR", "PUBLICATION", "PROJECT", "IMPLEMENTING_UNIT", "FORM_FIELD")) {
      labels.words(c).forEach(w -> known.add(Names.label(w)));
    }
    // a label heading a column ("项目名称 | 预算数", a summary table) names no value: the value must end
    // its row or be followed by another identity label
    boolean organisation = ORGANISATIONS.contains(category);
    for (LabelledValue v : LabelledValueFinder.find(doc, labels.words(category), known, draft)) {
      // "部门（单位）名称：XX局（盖章）" (h224): an organisation's name without the note asking for its seal
      String value = organisation ? withoutSealNote(v.value()) : v.value();
      if (value != null && !known.contains(Names.label(value))) {
        evidence.put(field, new Evidence(v.value(), v.source(), v.source() instanceof CellRef
            ? ExtractionMethod.TABLE : ExtractionMethod.PROSE));
        return value;
      }
    }
    return null;
  }

  /**
   * A project form that labels its 主管部门 and was filled in by another unit ("填报单位（盖章）：雷山县茶叶产业发展中心" beside
   * "主管部门：雷山县农业农村局", h364): the unit that filled it in is the one that carried the project out; null when the
   * filler is the department itself or names no organisation.
   */
  private @Nullable String fillerUnit(ParsedDocument doc, String department, ReportDraft draft,
      Map<ReportField, Evidence> evidence) {
    for (LabelledValue v : LabelledValueFinder.find(doc, labels.words("FILLER"), draft)) {
      String name = withoutSealNote(v.value());
      if (name != null && !name.equals(department) && isOrganisation(name)) {
        evidence.put(ReportField.implementingUnit, new Evidence(v.value(), v.source(),
            v.source() instanceof CellRef ? ExtractionMethod.TABLE : ExtractionMethod.PROSE));
        return name;
      }
    }
    return null;
  }

  /**
   * The titles the document states, nearest first: the opening title lines, then the document's
   * own title property (the HTML {@code <title>}, which a web page may be the only place to name
   * its department and year in).
   */
  private static List<Evidence> titles(ParsedDocument doc, ReportDraft draft) {
    List<Evidence> out = new ArrayList<>();
    List<Paragraph> lines = titleLines(doc);
    Paragraph heading = reportHeading(doc);
    if (heading != null && !lines.contains(heading)) {
      lines = withHeadingBefore(doc, heading); // the opening lines are a portal's furniture: the report's own heading is its title
    } else if (heading == null && lines.stream().noneMatch(p -> REPORT_WORDS.matcher(p.text()).find())) {
      List<Paragraph> wrapped = wrappedHeading(doc);
      Paragraph standing = wrapped.isEmpty() ? caseTitle(doc, lines) : null;
      lines = !wrapped.isEmpty() ? wrapped : standing != null ? List.of(standing) : lines;
    }
    if (!lines.isEmpty()) {
      out.add(evidence(String.join("", lines.stream().map(Paragraph::text).toList()), lines.get(0), draft));
    } else if (!doc.blocks().isEmpty() && doc.blocks().getFirst() instanceof TableGrid t && t.rows() > 1 && t.cols() > 1
        && aloneInFirstRow(t) && REPORT_WORDS.matcher(t.text(0, 0)).find()) {
      // a form whose title is its grid's first row, one cell across (a sheet's merged title, two years' forms side
      // by side each under its own, h206), or its only cell (a sheet saved as text pads the title's row with tabs, h302)
      out.add(new Evidence(t.text(0, 0), draft.cell(t.page(), t.tableIndex(), 0, 0), ExtractionMethod.TABLE));
    }
    // only a web page's <title> is written for readers; the title property of a PDF or Word file is
    // often the template's or a file name ("Microsoft Word - 附件3.docx")
    String property = doc.format().isWebPage()
        ? Names.clean(RUBRIC.matcher(SITE_NAME.matcher(doc.metadata().getOrDefault("title", "")).replaceFirst("")).replaceFirst(""))
        : null;
    if (property != null && out.stream().noneMatch(e -> Names.compact(e.text()).equals(Names.compact(property)))) {
      out.add(new Evidence(property, new MetaRef(draft.fileName(), "title"), ExtractionMethod.PROSE));
    }
    return out;
  }

  /**
   * The site a page's {@code <title>} names after its own ("黟县文化旅游体育局预决算公开_黟县人民政府", h442; "…-XX市人民政府网"):
   * not the page's title, and a 人民政府 would pass for its department.
   */
  private static final Pattern SITE_NAME =
      Pattern.compile("\\s*[_|｜–—-]+\\s*[^_|｜–—-]{0,24}(?:人民政府|政府网|网站|门户|官网|平台)[^_|｜–—-]{0,8}$");
  /**
   * A portal's rubric before a page's {@code <title>} ("图解：XX局2024年度…", "一图读懂｜…", h445): a few words and a colon or
   * bar, not an organisation's name ("XX局：…" stays).
   */
  private static final Pattern RUBRIC = Pattern.compile("^\\s*[^：:｜|\\s]{1,6}(?<![局委办院所站队会部厅处署馆社校心府])[：:｜|]\\s*(?=\\S{8})");

  private static boolean aloneInFirstRow(TableGrid t) {
    if (t.cellAt(0, 0).colSpan() == t.cols()) {
      return true;
    }
    for (int c = 1; c < t.cols(); c++) {
      if (!t.text(0, c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** How far into a document a portal's furniture (site name, menu, breadcrumbs) may push the report's heading. */
  private static final int HEADING_REACH = 12;
  private static final Pattern REPORT_WORDS = Pattern.compile("绩效.{0,8}(?:报告|自评表|评价表|评分表)|(?:自评|评价)报告");

  /** A portal may print the report's heading as {@code <h3>} under its page's own (h442's tabs under 预决算公开). */
  private static final int MAX_HEADING_LEVEL = 3;

  /**
   * A web page's report heading ({@code <h1>}–{@code <h3>} naming a 绩效…报告 or 自评表) among its opening blocks: the
   * title, whatever the portal prints above it (h177: "XX人民政府 | 首页 政务公开…" before the report's own heading).
   */
  private static @Nullable Paragraph reportHeading(ParsedDocument doc) {
    int seen = 0;
    for (Block b : doc.blocks()) {
      if (seen++ == HEADING_REACH || !(b instanceof Paragraph p)) {
        break;
      }
      if (p.headingLevel() >= 1 && p.headingLevel() <= MAX_HEADING_LEVEL && p.text().length() <= 60
          && REPORT_WORDS.matcher(p.text()).find()) {
        return p;
      }
    }
    return null;
  }

  /**
   * The report's heading, after the heading of its level just before it when that is its first line ("留坝县文化和旅游局" /
   * "2024年度部门整体支出绩效自评报告", two {@code <h1>} on a portal's 图解 page, h445): short, no sentence, no report named.
   */
  private static List<Paragraph> withHeadingBefore(ParsedDocument doc, Paragraph heading) {
    int at = doc.blocks().indexOf(heading);
    if (at > 0 && doc.blocks().get(at - 1) instanceof Paragraph before && before.headingLevel() == heading.headingLevel()
        && before.text().strip().length() <= 30 && !SENTENCE_END.matcher(before.text().strip()).find()
        && !REPORT_WORDS.matcher(before.text()).find()) {
      return List.of(before, heading);
    }
    return List.of(heading);
  }

  /** The end of a sentence: a title line does not end so. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;：:，,]$");

  /**
   * A report's own title further down the opening blocks, wrapped over two short lines ("沂水县卫生健康局2024年度部门整体支出" /
   * "绩效评价报告（摘要）", h365) below what a gazette or a bound volume prints first (its running head, the tail of the
   * document before): the second line names the report, the first runs into it; empty when there is none.
   */
  private static List<Paragraph> wrappedHeading(ParsedDocument doc) {
    List<Block> blocks = doc.blocks();
    for (int i = 1; i < Math.min(blocks.size(), HEADING_REACH); i++) {
      if (blocks.get(i) instanceof Paragraph second && blocks.get(i - 1) instanceof Paragraph first
          && second.text().length() <= 30 && first.text().length() <= 40 && !SENTENCE_END.matcher(first.text().strip()).find()
          && !BREADCRUMB.matcher(first.text()).find() // a portal's trail above the title is none of it (h458)
          && REPORT_WORDS.matcher(first.text() + second.text()).find() && !REPORT_WORDS.matcher(first.text()).find()) {
        return List.of(first, second);
      }
    }
    return List.of();
  }

  /** A report's own title worded as an account of it: "…2024年度部门整体支出绩效自评情况". */
  private static final Pattern ACCOUNT_TITLE = Pattern.compile("绩效(?:自评|评价)(?:情况|结果)$");

  /**
   * A report's title standing alone further down, under a bulletin's or a compilation's own head ("预算绩效管理工作简报",
   * its issue and editor, a lead story, then "【典型案例】" and "西峡县市场监督管理局2024年度部门整体支出绩效自评情况", h381): a
   * short line after the opening lines that is no sentence and no numbered section heading, naming a report or worded
   * as its account; null when there is none. The opening lines themselves stay the title even when one of them is
   * worded so ("2022年度咸安区政务服务和大数据管理局" / "部门整体绩效自评结果", sample 004).
   */
  private static @Nullable Paragraph caseTitle(ParsedDocument doc, List<Paragraph> opening) {
    List<Block> blocks = doc.blocks();
    for (int i = 1; i < Math.min(blocks.size(), HEADING_REACH); i++) {
      if (blocks.get(i) instanceof Paragraph p && !opening.contains(p)) {
        String text = p.text().strip();
        if (text.length() <= 60 && !SENTENCE_END.matcher(text).find() && !SECTION_HEADING.matcher(text).find()
            && (REPORT_WORDS.matcher(text).find() || ACCOUNT_TITLE.matcher(text).find())) {
          return p;
        }
      }
    }
    return null;
  }

  /** A portal's breadcrumb trail: three parts or more set apart by arrows. */
  private static final Pattern BREADCRUMB = Pattern.compile("[^>›»→]+[>›»→][^>›»→]+[>›»→]");

  /** A draft's status in brackets: "（报批稿）", "（征求意见稿）". */
  private static final Pattern DRAFT_STATUS =
      Pattern.compile("[（(【\\[]\\s*(?:报批稿|征求意见稿|送审稿|讨论稿|初稿|定稿|修改稿|终稿|公示稿)\\s*[)）】\\]]");

  /** A 公文's number: its issuer's short name, the year in brackets, the number ("汀财绩〔2025〕9号"). */
  private static final Pattern DOCUMENT_NUMBER =
      Numbers.compile("\\p{IsHan}{1,10}\\s*[〔\\[［【(（]\\s*{Y}\\s*[〕\\]］】)）]\\s*第?\\s*{N}\\s*号");

  /** The opening short paragraphs before any long text or table: the title, over one or more lines. */
  private static List<Paragraph> titleLines(ParsedDocument doc) {
    List<Paragraph> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (!(b instanceof Paragraph p) || p.text().length() > 50 || out.size() == 4) {
        break;
      }
      out.add(p);
    }
    List<Paragraph> titled = new ArrayList<>();
    boolean skipped = false;
    for (Paragraph p : out) {
      if (BREADCRUMB.matcher(p.text()).find()) {
        // "上海奉贤 > 政务公开 > 财政信息 > 预决算公开": a portal's trail above the title (h198), and the site's name
        // above the trail is furniture too (h277)
        titled.clear();
        skipped = true;
        continue;
      }
      if (titled.isEmpty() && DOCUMENT_NUMBER.matcher(p.text().strip()).matches()) {
        continue; // a 公文's number above its title ("汀财绩〔2025〕9号", h449) is no part of it
      }
      if (DRAFT_STATUS.matcher(p.text().strip()).matches()) {
        continue; // the draft's status on a line of its own ("（报批稿）" above the title, h459) names nothing
      }
      if (!titled.isEmpty() && AUTHOR_LINE.matcher(p.text().strip()).matches()) {
        break; // the author and date under the title ("长汀县财政局2025年7月") end it
      }
      boolean labelled = p.text().contains("：") || p.text().contains(":");
      if (labelled && titled.isEmpty() && p != out.getLast()) {
        skipped = true; // a portal's "发布机构：… 发布日期：…" line above the title is page furniture
        continue;
      }
      if (labelled || ((skipped || !titled.isEmpty()) && SECTION_HEADING.matcher(p.text()).find())) {
        break; // a "标签：值" line or the first section heading ("一、", "（一）") ends the title block
      }
      titled.add(p);
    }
    // a web page's heading is its title: the plain lines above it are the site's ("修武县人民政府" in a portal's banner, h547)
    int heading = 0;
    while (doc.format() == DocFormat.HTML && heading < titled.size() && titled.get(heading).headingLevel() == 0) {
      heading++;
    }
    return heading > 0 && heading < titled.size() ? new ArrayList<>(titled.subList(heading, titled.size())) : titled;
  }

  private @Nullable String department(ParsedDocument doc, List<Evidence> titles, ReportDraft draft,
      Map<ReportField, Evidence> evidence, boolean rolesNamed) {
    var labelled = LabelledValueFinder.find(doc, labels.words("DEPARTMENT"), draft);
    // an organisation's name first, then any name but a header's word: a list's column headed 部门名称 gives the header
    // beside it ("全年预算数", h471)
    Optional<LabelledValue> chosen = labelled.stream().filter(v -> isOrganisation(withoutSealNote(v.value()))).findFirst()
        .or(() -> labelled.stream().filter(v -> isName(withoutSealNote(v.value()))).findFirst());
    if (chosen.isPresent()) {
      LabelledValue v = chosen.get();
      String name = withoutSealNote(v.value()); // "部门（单位）名称：XX局（盖章）" (h224)
      evidence.put(ReportField.department, new Evidence(v.value(), v.source(), ExtractionMethod.TABLE));
      return name;
    }
    for (Evidence title : titles) {
      String name = departmentInTitle(title.text());
      if (name != null) {
        Optional<Paragraph> signed = signedInFull(doc, name);
        if (signed.isPresent()) {
          // the title's "东港区市场监督管理局", signed "日照市东港区市场监督管理局": the name with its place, as signed
          Paragraph p = signed.get();
          String full = Names.compact(p.text());
          evidence.put(ReportField.department, new Evidence(full, draft.span(p.page(), p.start(), p.start() + p.text().length()),
              ExtractionMethod.PROSE));
          return full;
        }
        evidence.put(ReportField.department, new Evidence(name, title.source(), title.method()));
        return name;
      }
    }
    if (rolesNamed) {
      return null; // a sentence naming the project's 主管部门 outranks a form's filler or a portal's publisher line
    }
    for (String category : List.of("FILLER", "PUBLISHER")) {
      for (LabelledValue v : LabelledValueFinder.find(doc, labels.words(category), draft)) {
        String name = withoutSealNote(v.value());
        if (name != null && labels.words("ORG_SUFFIX").stream().anyMatch(name::endsWith)) {
          evidence.put(ReportField.department, new Evidence(v.value(), v.source(), ExtractionMethod.PROSE));
          return name;
        }
      }
    }
    Optional<Evidence> addressee = addressee(doc, draft);
    if (addressee.isPresent()) {
      evidence.put(ReportField.department, addressee.get());
      return addressee.get().text();
    }
    // a portal page's <meta name="ContentSource">: the publisher, last, as a 发布机构 line would be
    String publisher = doc.format().isWebPage() ? Names.clean(doc.metadata().getOrDefault("publisher", "")) : null;
    if (publisher != null && isOrganisation(publisher)) {
      evidence.put(ReportField.department, new Evidence(publisher, new MetaRef(draft.fileName(), "publisher"), ExtractionMethod.PROSE));
      return publisher;
    }
    return null;
  }

  /** A letter's 主送 line: one organisation and a colon on a line of its own ("县水利局："). */
  private static final Pattern ADDRESSEE = Pattern.compile("^(\\p{IsHan}{3,20})[：:]$");
  /** The place a letter's sender names first ("隆回县财政局关于…": 隆回县). */
  private static final Pattern SENDER_PLACE = Pattern.compile("^(\\p{IsHan}{1,8}?[省市县区旗])");

  /**
   * The unit a finance bureau's letter is addressed to, among the opening lines ("县水利局：" under "隆回县财政局关于反馈…绩效评价
   * 结果的函", h440): the unit the letter's evaluation is of. A name given short, by its level only (县水利局), takes the
   * sender's place of that level (隆回县).
   */
  private Optional<Evidence> addressee(ParsedDocument doc, ReportDraft draft) {
    String sender = null;
    boolean letter = false;
    int seen = 0;
    for (Block b : doc.blocks()) {
      if (seen++ == HEADING_REACH || !(b instanceof Paragraph p)) {
        break;
      }
      String t = Names.compact(p.text());
      Matcher m = ADDRESSEE.matcher(t);
      letter |= LETTER.matcher(t).find();
      if (sender != null && letter && m.matches() && isOrganisation(m.group(1))) {
        String name = m.group(1);
        Matcher place = SENDER_PLACE.matcher(sender);
        if (place.find() && place.group(1).length() > 1 && place.group(1).endsWith(name.substring(0, 1))) {
          name = place.group(1) + name.substring(1);
        }
        return Optional.of(new Evidence(name, draft.span(p.page(), p.start(), p.start() + p.text().length()), ExtractionMethod.PROSE));
      }
      if (sender == null && FINANCE.matcher(t).find()) {
        sender = t;
      }
    }
    return Optional.empty();
  }

  /** The letterhead or title of a finance bureau (the sender). */
  private static final Pattern FINANCE = Pattern.compile("财政[局厅]");
  /** The end of a letter's title: a 函 or a 通知. */
  private static final Pattern LETTER = Pattern.compile("(?:的函|通知)$");

  /**
   * The signature line at the end of the report that prints {@code name} after its place ("日照市" before
   * "东港区市场监督管理局"): a line of the name alone, the place a city, county or province name before it.
   */
  private static Optional<Paragraph> signedInFull(ParsedDocument doc, String name) {
    List<Paragraph> ps = doc.paragraphs();
    for (int i = ps.size() - 1; i >= Math.max(0, ps.size() - SIGNATURE_LINES); i--) {
      String t = Names.compact(ps.get(i).text());
      if (t.length() > name.length() && t.endsWith(name)
          && SIGNATURE_PLACE.matcher(t.substring(0, t.length() - name.length())).matches()) {
        return Optional.of(ps.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * "XX局（盖章）": the name without the note asking for its seal; null when the note is all there is
   * ("（单位盖章）", a blank left for the seal).
   */
  private static @Nullable String withoutSealNote(String value) {
    return Names.clean(SEAL_NOTE.matcher(value).replaceAll(""));
  }

  /**
   * A unit's head speaking of its report ("商城县教育局局长汪志勇解读2024年度部门整体支出绩效自评情况", an interview's title,
   * h447): the unit is the department.
   */
  private static final Pattern HEAD_SPEAKS = Pattern.compile(
      "(?<org>\\p{IsHan}{4,30}?)(?:党组书记|党委书记|副?局长|副?主任|书记|副?院长|副?所长|副?站长|副?部长|主要负责人|负责人)"
          + "\\p{IsHan}{0,4}?(?:解读|介绍|谈|答记者问|做客|接受)");

  /**
   * The department a title starts with ("XX局2023年度部门整体支出…", "XX局2024年度预算执行情况"), when it
   * ends as an organisation does: the words before the year, else those before the report's own words.
   */
  private @Nullable String departmentInTitle(String title) {
    String compact = Names.compact(title);
    int about = compact.indexOf("关于");
    String before = about < 0 ? "" : compact.substring(0, about);
    if (about >= 0 && !YEAR.matcher(before).find() && !before.endsWith("《")) {
      // "…会议文件（8）关于桓台县教育和体育局2024年度…的报告" (h439): a 公文's subject follows its 关于; not a 关于 after the
      // title's year or opening a cited document's name (s08's title run into "根据《关于开展2023年度…的通知》")
      compact = compact.substring(about + 2);
    }
    // a portal column's name before the title, as before a page's <title>: "一问一答：XX局2024年度…" (h512)
    compact = RUBRIC.matcher(compact).replaceFirst("");
    Matcher year = YEAR.matcher(compact);
    if (year.find() && isOrganisation(compact.substring(0, year.start()))) {
      return compact.substring(0, year.start());
    }
    Matcher head = HEAD_SPEAKS.matcher(compact);
    if (head.lookingAt() && isOrganisation(head.group("org"))) {
      return head.group("org");
    }
    String t = YEAR.matcher(compact).replaceAll("").replaceAll("^[（(]?\\s*[)）]?", "");
    int cut = t.length();
    for (String w : List.of("部门整体", "整体支出", "部门支出", "整体绩效", "绩效自评", "绩效评价", "自评")) {
      int at = t.indexOf(w);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    String name = t.substring(0, cut);
    if (isOrganisation(name)) {
      return name;
    }
    // "苍溪县教育局关于2024年度部门整体支出绩效自评结果…的报告" (h468): a department reporting on itself; a finance bureau's
    // letter ("隆回县财政局关于反馈…") is about another unit
    return isOrganisation(before) && !FINANCE.matcher(before).find() ? before : null;
  }

  /** A column header's word where a name should stand: a measure of money or a score ("全年预算数", "自评得分"). */
  private static final Pattern HEADER_WORD = Pattern.compile("(?:预算|执行|支出|得分|分值|金额|等级|序号)\\p{IsHan}{0,2}$");

  /** Whether a labelled value is a name at all: not blank, not a header's word. */
  private static boolean isName(@Nullable String value) {
    return value != null && !HEADER_WORD.matcher(value).find();
  }

  private boolean isOrganisation(@Nullable String name) {
    return name != null && name.length() >= 4 && labels.words("ORG_SUFFIX").stream().anyMatch(name::endsWith);
  }

  private static @Nullable Integer fiscalYear(ParsedDocument doc, List<Evidence> titles, ReportDraft draft,
      Map<ReportField, Evidence> evidence) {
    Integer year = inTitles(titles, YEAR, 1, evidence);
    if (year == null) {
      year = inTitles(titles, PERIOD, 2, evidence); // "竹山县2022—2024年…工程实施期整体绩效评价报告" (h526): the period's last year
    }
    if (year == null) {
      year = inTitles(titles, TITLE_YEAR, 1, evidence); // "2022年城东区…项目绩效自评报告": the year it opens with
    }
    if (year != null) {
      return year;
    }
    for (Paragraph p : doc.paragraphs()) {
      if (p.start() > OPENING_CHARS) {
        break;
      }
      Matcher m = YEAR.matcher(p.text());
      if (m.find()) {
        evidence.put(ReportField.fiscalYear, new Evidence(m.group(), draft.span(p.page(), p.start() + m.start(), p.start() + m.end()), ExtractionMethod.PROSE));
        return Dates.year(m.group(1));
      }
    }
    year = inTitles(titles, YEAR_IN_TITLE, 1, evidence); // "评分表2024年岱岳区…项目": a running head joined before it
    if (year != null) {
      return year;
    }
    Matcher m = YEAR.matcher(doc.text());
    if (m.find()) {
      return Dates.year(m.group(1));
    }
    return budgetYear(doc, draft, evidence);
  }

  /** The year group {@code group} of {@code pattern} gives in the first title it is found in, its evidence recorded. */
  private static @Nullable Integer inTitles(List<Evidence> titles, Pattern pattern, int group, Map<ReportField, Evidence> evidence) {
    for (Evidence title : titles) {
      Matcher m = pattern.matcher(title.text());
      if (m.find()) {
        evidence.put(ReportField.fiscalYear, new Evidence(m.group(), title.source(), title.method()));
        return Dates.year(m.group(group));
      }
    }
    return null;
  }

  /** "2024年安排预算资金3,900.00万元": the year a project's funds were budgeted in. */
  private static final Pattern BUDGET_YEAR = Numbers.compile("({Y})\\s*年(?:共|累计)?(?:安排|下达|拨付|批复)(?:预算)?(?:资金|预算)");

  /**
   * The year a finished project's evaluation names no year of but budgets its funds in ("2024年安排预算资金…", h531, whose
   * title and cover give none): taken when every such sentence names the same year (a project funded over several years
   * has no one year).
   */
  private static @Nullable Integer budgetYear(ParsedDocument doc, ReportDraft draft, Map<ReportField, Evidence> evidence) {
    Integer year = null;
    for (Paragraph p : doc.paragraphs()) {
      Matcher b = BUDGET_YEAR.matcher(p.text());
      while (b.find()) {
        Integer y = Dates.year(b.group(1));
        if (year != null && !year.equals(y)) {
          evidence.remove(ReportField.fiscalYear);
          return null;
        }
        if (year == null) {
          evidence.put(ReportField.fiscalYear, new Evidence(b.group(),
              draft.span(p.page(), p.start() + b.start(), p.start() + b.end()), ExtractionMethod.PROSE));
        }
        year = y;
      }
    }
    return year;
  }

  /** "评价年度 | 2025", "预算年度：2025年": the year a form's label gives, where no title or opening sentence says 20XX年度. */
  private Optional<Integer> labelledYear(ParsedDocument doc, ReportDraft draft, Map<ReportField, Evidence> evidence) {
    for (LabelledValue v : LabelledValueFinder.find(doc, labels.words("YEAR"), draft)) {
      Matcher m = LABELLED_YEAR.matcher(v.value());
      if (m.matches()) {
        evidence.put(ReportField.fiscalYear, new Evidence(v.value(), v.source(), v.source() instanceof CellRef
            ? ExtractionMethod.TABLE : ExtractionMethod.PROSE));
        return Optional.ofNullable(Dates.year(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static @Nullable AdminLevel levelWord(@Nullable String title) {
    if (title == null) {
      return null;
    }
    if (title.contains("省级")) {
      return AdminLevel.PROVINCIAL;
    }
    if (title.contains("市级")) {
      return AdminLevel.PREFECTURAL;
    }
    return title.contains("县级") || title.contains("区级") ? AdminLevel.COUNTY : null;
  }

  private @Nullable String evaluator(ParsedDocument doc, ReportDraft draft, Map<ReportField, Evidence> evidence,
      @Nullable String department, @Nullable String title) {
    List<String> firms = labels.words("FIRM_SUFFIX");
    for (LabelledValue v : LabelledValueFinder.find(doc, labels.words("EVALUATOR"), draft)) {
      if (firms.stream().anyMatch(v.value()::contains)) {
        evidence.put(ReportField.evaluator, new Evidence(v.value(), v.source(), ExtractionMethod.PROSE));
        return v.value();
      }
    }
    for (FirmSentence f : firmSentences) {
      for (Paragraph p : doc.paragraphs()) {
        Matcher m = f.pattern().matcher(p.text());
        if (!m.find()) {
          continue;
        }
        int from = m.start(1) + introducerEnd(m.group(1));
        String name = p.text().substring(from, m.end(1));
        if (name.length() >= f.minLength()) {
          evidence.put(ReportField.evaluator,
              new Evidence(name, draft.span(p.page(), p.start() + from, p.start() + m.end(1)), ExtractionMethod.PROSE));
          return name;
        }
      }
    }
    return author(doc, draft, evidence, department, title);
  }

  /**
   * An evaluation report's author under its title, an organisation and a date ("长汀县财政局2025年7月" under "…财政重点绩效评价
   * 报告", a finance bureau's own evaluation team, h449), or a firm's name on a line of its own: the evaluator, when it is
   * not the department evaluated and the title names an evaluation that is no 自评.
   */
  private @Nullable String author(ParsedDocument doc, ReportDraft draft, Map<ReportField, Evidence> evidence,
      @Nullable String department, @Nullable String title) {
    if (title == null || !title.contains("评价报告") || title.contains("自评")) {
      return null;
    }
    int seen = 0;
    for (Block b : doc.blocks()) {
      if (seen++ == HEADING_REACH || !(b instanceof Paragraph p)) {
        break;
      }
      Matcher m = AUTHOR_LINE.matcher(p.text().strip());
      if (!m.matches() || !isOrganisation(m.group("org"))) {
        m = firmLine.matcher(p.text().strip());
      }
      if (m.matches() && !m.group("org").equals(department)) {
        return authorAt(p, m.group("org"), draft, evidence);
      }
    }
    // the letter says only 我公司 and the firm signs it, with its date ("浙江…咨询有限公司<br>2025年6月12日", h521): the last such
    // signature of a firm, wherever the appendices after it put it
    String signed = null;
    Paragraph at = null;
    List<Paragraph> paragraphs = doc.paragraphs();
    for (int k = 0; k < paragraphs.size(); k++) {
      Paragraph p = paragraphs.get(k);
      Matcher m = AUTHOR_LINE.matcher(p.text().strip());
      String org = m.matches() ? m.group("org")
          // the date on a line of its own under the firm's name
          : k + 1 < paragraphs.size() && DATE_LINE.matcher(paragraphs.get(k + 1).text().strip()).matches() ? p.text().strip()
          : null;
      if (org != null && firmLine.matcher(org).matches() && !org.equals(department)) {
        signed = org;
        at = p;
      }
    }
    return signed == null ? null : authorAt(at, signed, draft, evidence);
  }

  /** A date alone on its line: "2025年6月12日". */
  private static final Pattern DATE_LINE = Numbers.compile("{Y}\\s*年\\s*{N}\\s*月\\s*{N}\\s*日");

  private static String authorAt(Paragraph p, String org, ReportDraft draft, Map<ReportField, Evidence> evidence) {
    int from = p.text().indexOf(org);
    evidence.put(ReportField.evaluator, new Evidence(org,
        draft.span(p.page(), p.start() + from, p.start() + from + org.length()), ExtractionMethod.PROSE));
    return org;
  }

  /** A line of an organisation and the date it wrote: a cover's author line. */
  private static final Pattern AUTHOR_LINE =
      Numbers.compile("(?<org>\\p{IsHan}{4,30}?)\\s*{Y}\\s*年\\s*{N}\\s*月(?:\\s*{N}\\s*日)?");

  /** A sentence that names the evaluating firm in group 1, and the shortest name it is taken for. */
  private record FirmSentence(Pattern pattern, int minLength) {}

  /** The sentences that name an evaluating firm, in the order they are tried. */
  private static List<FirmSentence> firmSentences(List<String> firmSuffixes) {
    String firm = "(?:" + String.join("|", firmSuffixes) + ")";
    return List.of(
        // "本次评价由X会计师事务所受…委托"
        new FirmSentence(Pattern.compile("([\\p{IsHan}（）()]{2,30}?" + firm + ")(?:受|接受)[^，。]{0,20}委托"), 1),
        // "XX会计师事务所有限公司（以下简称…）对…开展第三方绩效评价": a firm that carries the evaluation out, however commissioned
        new FirmSentence(Pattern.compile("([\\p{IsHan}]{2,30}" + firm + ")(?:（以下简称[^）]{1,12}）)?对[^。]{2,80}?"
            + "(?:开展|进行)[^。]{0,8}评价"), 6),
        // "受XX局委托，XX会计师事务所有限公司（以下简称…）对…": the firm after the commission; the longest firm suffix wins
        new FirmSentence(Pattern.compile("受[^，。]{2,40}?委托[，,]\\s*([\\p{IsHan}]{2,30}" + firm + ")"), 1));
  }

  /** "本次评价由X受…委托": the firm's name starts after the last word that introduces it. */
  private static int introducerEnd(String candidate) {
    int end = 0;
    for (String w : List.of("由", "经", "聘请", "委托", "通过")) {
      int at = candidate.lastIndexOf(w);
      if (at >= 0 && at + w.length() > end && at + w.length() < candidate.length() - 2) {
        end = at + w.length();
      }
    }
    return end;
  }

  private ReportKind kind(@Nullable String title, @Nullable String evaluator, String opening) {
    if (evaluator != null) {
      return ReportKind.THIRD_PARTY_EVALUATION;
    }
    String t = title == null ? "" : Names.compact(title);
    if (labels.words("SELF").stream().anyMatch(t::contains)) {
      return ReportKind.SELF_EVALUATION;
    }
    long third = labels.words("THIRD_PARTY").stream().filter(opening::contains).count();
    long self = labels.words("SELF").stream().filter(opening::contains).count();
    return third > self ? ReportKind.THIRD_PARTY_EVALUATION : ReportKind.SELF_EVALUATION;
  }

  private @Nullable String publicationDate(ParsedDocument doc, ReportDraft draft, Map<ReportField, Evidence> evidence) {
    for (LabelledValue v : LabelledValueFinder.find(doc, labels.words("PUBLICATION"), draft)) {
      Matcher m = DATE.matcher(v.value());
      if (m.find()) {
        evidence.put(ReportField.publicationDate, new Evidence(v.value(), v.source(), ExtractionMethod.PROSE));
        return Names.compact(m.group());
      }
    }
    List<Paragraph> ps = doc.paragraphs();
    for (int i = ps.size() - 1; i >= Math.max(0, ps.size() - 5); i--) {
      Paragraph p = ps.get(i);
      Matcher m = DATE.matcher(p.text());
      if (p.text().length() <= 20 && m.find()) {
        evidence.put(ReportField.publicationDate, evidence(p.text(), p, draft));
        return Names.compact(m.group());
      }
    }
    return null;
  }

  private static Evidence evidence(String text, Paragraph p, ReportDraft draft) {
    SourceRef at = draft.span(p.page(), p.start(), p.end());
    return new Evidence(text, at, ExtractionMethod.PROSE);
  }
}
