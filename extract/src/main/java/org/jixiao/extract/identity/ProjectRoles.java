package org.jixiao.extract.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A project's roles stated in a sentence rather than in labelled cells: "项目由XX局主管，XX所具体实施", "…项目由XX局主管、
 * XX中心组织实施", "主管部门为XX局，实施单位为XX中心", "对XX局（主管部门）、XX站（实施单位）实施的". The unit before 主管 is the 主管部门 (the report's department), the one before 实施 the 实施单位;
 * both must end as an organisation does. The project itself is then the title's words before the report's own
 * ("西秀区2024年农村公路养护项目绩效评价报告" → 西秀区2024年农村公路养护项目) when they end in 项目: a report whose
 * sentence names who carried a project out is about that project.
 */
final class ProjectRoles {
  private static final String ORG = "[\\p{IsHan}（）()]{2,30}?";
  /** "由XX局主管，XX所具体实施", or the roles named in turn: "主管部门为XX局，实施单位为XX中心". */
  private static final List<Pattern> ROLES = List.of(
      Pattern.compile("由(?<dept>" + ORG + ")(?:主管|负责管理)[，,、]\\s*(?<unit>" + ORG + ")(?:具体|组织|负责)?(?:实施|承担|执行)"),
      Pattern.compile("主管(?:部门|单位)(?:为|是)(?<dept>" + ORG + ")[，,、；;]\\s*(?:项目)?实施(?:单位|主体)(?:为|是)(?<unit>" + ORG
          + ")(?=[，,、；;。]|$)"),
      // "对XX局（主管部门）、XX站（实施单位）实施的…项目开展了绩效评价" (h369): each unit followed by its role in brackets
      Pattern.compile("(?:^|[对由为，,、：:])(?<dept>" + ORG + ")[（(]主管(?:部门|单位)[）)][、，,和及与]\\s*(?<unit>" + ORG
          + ")[（(](?:项目)?实施(?:单位|主体)?[）)]"),
      // "XX分局2023年组织实施XX项目，由XX中心具体实施" (h277), "XX局实施XX项目，由XX中心具体组织实施" (h421): the one who
      // set the project going, then the one who ran it
      Numbers.compile("(?<dept>" + ORG + ")(?:于)?(?:{Y}年)?(?:组织|牵头)?实施[^，,。；;]{2,40}?项目[，,]\\s*由(?<unit>" + ORG
          + ")(?:具体|负责)(?:组织)?(?:实施|承担)"));
  /** Both roles one unit's: "项目主管部门和实施单位均为XX局" (h488). */
  private static final Pattern BOTH_ROLES = Pattern.compile("主管(?:部门|单位)(?:和|及|与|、)(?:项目)?实施(?:单位|主体)(?:均|都)?(?:为|是)"
      + "(?<dept>" + ORG + ")(?=[，,、；;。]|$)");
  /**
   * An evaluator's letter names the department that carried the project out ("对XX局实施的…资金开展了绩效评价") and,
   * in another sentence, the unit that ran it ("由XX中心统筹管理"): the two roles apart; with no such sentence the
   * department holds both.
   */
  private static final Pattern CARRIED_OUT_BY = Pattern.compile(
      "对(?<dept>" + ORG + ")(?:组织)?(?:实施|主管|负责)的[^。]{2,80}?(?:开展|进行)了?(?:重点|专项|综合)?(?:绩效)?评价");
  private static final Pattern IN_CHARGE = Pattern.compile("由(?<dept>" + ORG + ")(?:主管|负责管理|归口管理)(?=[，,。；;])");
  /** "…项目由XX局组织实施，主要建设…" (h497): the project's one unit, which both ran it and is its department. */
  private static final Pattern PROJECT_RUN_BY =
      Pattern.compile("项目由(?<dept>" + ORG + ")(?:牵头)?(?:组织|负责|具体)实施(?=[，,。；;])");
  private static final Pattern RUN_BY = Pattern.compile("由(?<unit>" + ORG + ")(?:统筹|具体|负责|组织)(?:管理|实施|承担)");
  /**
   * Where a title's report words begin: "绩效评价报告", "绩效自评报告", "支出绩效自评表"; a stage before them is no part of the
   * name ("…改造项目中期绩效评价报告", "…项目事前绩效评估报告").
   */
  private static final List<String> REPORT_WORDS = List.of("财政支出", "支出绩效", "绩效评价", "绩效自评", "绩效报告", "自评报告",
      "中期绩效", "中期评价", "事前绩效", "事前评估", "事后绩效", "绩效评估");

  /** The department and implementing unit a sentence names, each with where it is printed; no unit when many ran it. */
  record Found(Evidence department, @Nullable Evidence unit) {}

  private ProjectRoles() {}

  static Optional<Found> find(ParsedDocument doc, List<String> orgSuffixes, ReportDraft draft) {
    for (Paragraph p : doc.paragraphs()) {
      for (Pattern roles : ROLES) {
        Optional<Found> found = find(p, roles, orgSuffixes, draft);
        if (found.isPresent()) {
          return found;
        }
      }
      Matcher both = BOTH_ROLES.matcher(p.text());
      while (both.find()) {
        if (isOrganisation(both.group("dept"), orgSuffixes)) {
          Evidence one = named(p, both, "dept", draft);
          return Optional.of(new Found(one, one));
        }
      }
    }
    Evidence dept = first(doc, CARRIED_OUT_BY, "dept", orgSuffixes, draft);
    if (dept == null) {
      // "…专项资金由XX局主管，用于…" (h491): the one unit a sentence names as in charge
      dept = first(doc, IN_CHARGE, "dept", orgSuffixes, draft);
    }
    if (dept == null) {
      dept = first(doc, PROJECT_RUN_BY, "dept", orgSuffixes, draft);
    }
    if (dept == null) {
      return Optional.empty();
    }
    Evidence unit = first(doc, RUN_BY, "unit", orgSuffixes, draft);
    if (unit == null && ranByMany(doc)) {
      return Optional.of(new Found(dept, null)); // "由各县（区）农业农村局组织实施" (h536): every county's bureau, no one unit
    }
    // no other unit named as running it: the department carried the project out itself (h202), both roles its
    return Optional.of(new Found(dept, unit == null ? dept : unit));
  }

  /** The units that took the subprojects on, whoever they are: "由承担单位按项目任务书（合同）组织实施" (h539). */
  private static final Pattern TAKERS = Pattern.compile("由(?:各)?(?:课题|项目|子项目)?承担单位");

  /** Whether a sentence says each of many units ran it: "由各县（区）农业农村局组织实施", "由承担单位…组织实施". */
  private static boolean ranByMany(ParsedDocument doc) {
    for (Paragraph p : doc.paragraphs()) {
      if (TAKERS.matcher(p.text()).find()) {
        return true;
      }
      Matcher m = RUN_BY.matcher(p.text());
      while (m.find()) {
        if (m.group("unit").startsWith("各")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first organisation {@code pattern} names in its group, among the paragraphs. */
  private static @Nullable Evidence first(ParsedDocument doc, Pattern pattern, String group, List<String> orgSuffixes,
      ReportDraft draft) {
    for (Paragraph p : doc.paragraphs()) {
      Matcher m = pattern.matcher(p.text());
      while (m.find()) {
        if (isOrganisation(m.group(group), orgSuffixes)) {
          return named(p, m, group, draft);
        }
      }
    }
    return null;
  }

  private static Optional<Found> find(Paragraph p, Pattern roles, List<String> orgSuffixes, ReportDraft draft) {
    Matcher m = roles.matcher(p.text());
    while (m.find()) {
      if (isOrganisation(m.group("dept"), orgSuffixes) && isOrganisation(m.group("unit"), orgSuffixes)) {
        return Optional.of(new Found(named(p, m, "dept", draft), named(p, m, "unit", draft)));
      }
    }
    return Optional.empty();
  }

  private static Evidence named(Paragraph p, Matcher m, String group, ReportDraft draft) {
    return new Evidence(m.group(group), draft.span(p.page(), p.start() + m.start(group), p.start() + m.end(group)),
        ExtractionMethod.PROSE);
  }

  /** What a project's name ends in: 项目, 工程, or the fund it is (专项资金, 补助资金, 经费). */
  private static final List<String> PROJECT_ENDS = List.of("项目", "工程", "资金", "经费");
  /** What a whole-period evaluation's title says of its period after the name: "实施期（2022—2024年）整体" (h526). */
  private static final java.util.regex.Pattern WHOLE_PERIOD =
      java.util.regex.Pattern.compile("(?:实施期|建设期|执行期)?(?:[（(][^（）()]*[）)])?整体$|(?:实施期|建设期|执行期)(?:[（(][^（）()]*[）)])?$");

  /** The project a title names before its report words, when those words end as a project's name does; else null. */
  static @Nullable String projectInTitle(String title) {
    return projectInTitle(title, null);
  }

  /**
   * The project a title names before its report words, after the department's name when the title opens with it
   * ("佳木斯市交通运输局2023年…工程项目支出绩效自评报告"); the 项目 of "项目支出绩效" is the report's kind, not the name's,
   * when what is before it ends as a name does ("…养护工程项目支出" names "…养护工程"). Null when none is named.
   */
  static @Nullable String projectInTitle(String title, @Nullable String department) {
    String t = Names.compact(title);
    String d = department == null ? "" : Names.compact(department);
    if (!d.isEmpty() && t.startsWith(d)) {
      t = t.substring(d.length());
    }
    t = t.startsWith("关于") ? t.substring(2) : t; // a notice's subject: "关于2024年…项目绩效评价结果的公示" (h472)
    int cut = -1;
    for (String w : REPORT_WORDS) {
      int at = t.indexOf(w);
      if (at > 0 && (cut < 0 || at < cut)) {
        cut = at;
      }
    }
    String name = cut < 0 ? null : WHOLE_PERIOD.matcher(t.substring(0, cut)).replaceFirst("");
    if (name != null && name.endsWith("项目") && t.startsWith("支出", cut)) {
      String shorter = name.substring(0, name.length() - 2);
      if (PROJECT_ENDS.stream().anyMatch(shorter::endsWith)) {
        name = shorter;
      }
    }
    return name != null && name.length() >= 4 && PROJECT_ENDS.stream().anyMatch(name::endsWith) ? name : null;
  }

  /** Whether {@code name} is one organisation's: "各县（区）农业农村局" is every county's bureau, no one unit (h536). */
  private static boolean isOrganisation(String name, List<String> suffixes) {
    return name.length() >= 4 && !name.startsWith("各") && suffixes.stream().anyMatch(name::endsWith);
  }
}
