package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexNotFoundException;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.text.name.IndicatorKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResult;
import org.jixiao.search.SearchHit;
import org.jixiao.search.Scope;
import org.jixiao.search.Filters;
import org.jixiao.search.Range;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.IndexStats;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.IndicatorComparison;

/** The index over the gold reports: search, filters, facets, comparison, re-indexing. */
class ReportIndexTest {
  @TempDir Path dir;
  List<Report> gold;

  @BeforeEach
  void indexGold() throws IOException {
    gold = GoldReports.all();
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (Report r : gold) {
        index.add(r);
      }
    }
  }

  private long goldRows() {
    return gold.stream().mapToLong(r -> r.indicators().size()).sum();
  }

  /** Departments of the gold reports with a row named exactly {@code name}. */
  private Set<String> departmentsWith(String name) {
    return gold.stream()
        .filter(r -> r.indicators().stream().anyMatch(i -> i.level3().equals(name)))
        .map(Report::department)
        .collect(Collectors.toSet());
  }

  @Test
  void countsReportsAndRows() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      assertEquals(gold.size(), s.reportCount());
      assertEquals(goldRows(), s.rowCount());
    }
  }

  @Test
  void searchFindsEveryReportWithTheIndicatorAndItsDepartment() throws IOException {
    Set<String> expected = departmentsWith("预算执行率");
    assertFalse(expected.isEmpty());
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      SearchResult r = s.search(SearchRequest.of("预算执行率").withLimit(100));
      Set<String> found =
          r.hits().stream().filter(h -> "预算执行率".equals(h.level3())).map(SearchHit::department).collect(Collectors.toSet());
      assertEquals(expected, found);
      for (SearchHit h : r.hits()) {
        Report source = gold.stream().filter(g -> g.sourceFile().equals(h.sourceFile())).findFirst().orElseThrow();
        assertEquals(source.department(), h.department());
        assertEquals(source.indicators().get(h.rowIndex()).level3(), h.level3());
      }
      assertTrue(r.hits().get(0).snippet().contains("«"), r.hits().get(0).snippet());
    }
  }

  @Test
  void shortQueryFindsLongNamesAndLongQueryRanksItsIndicatorFirst() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      Set<String> names =
          s.search(SearchRequest.of("执行率").withLimit(200)).hits().stream().map(SearchHit::level3).collect(Collectors.toSet());
      assertTrue(names.contains("政府采购执行率"), names.toString());
      assertTrue(names.contains("预算执行率"), names.toString());
      List<SearchHit> hits = s.search(SearchRequest.of("政府采购执行率")).hits();
      assertEquals("政府采购执行率", hits.get(0).level3());
      long exact = gold.stream().flatMap(g -> g.indicators().stream()).filter(i -> i.level3().equals("政府采购执行率")).count();
      for (int i = 0; i < exact; i++) {
        assertEquals("政府采购执行率", hits.get(i).level3());
      }
    }
  }

  @Test
  void reportScopeFindsReportsByDepartmentWords() throws IOException {
    Report first = gold.get(0);
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      SearchResult r = s.search(SearchRequest.of(first.department()).withScope(Scope.REPORTS));
      assertEquals(first.department(), r.hits().get(0).department());
      assertEquals(-1, r.hits().get(0).rowIndex());
      assertEquals(0, r.hits().get(0).totalScore().compareTo(first.totalScore()));
    }
  }

  @Test
  void reportScopeFindsReportsThroughTheirRows() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      SearchResult r = s.search(SearchRequest.of("预算执行率").withScope(Scope.REPORTS).withFacets(true));
      assertEquals(departmentsWith("预算执行率"), r.hits().stream().map(SearchHit::department).collect(Collectors.toSet()));
      assertEquals(r.hits().size(), r.totalHits());
      assertTrue(r.hits().stream().allMatch(h -> h.snippet().contains("«预算执行率»")), r.hits().toString());
      assertEquals(r.totalHits(), r.facets().get(Facet.PROVINCE).stream().mapToLong(FacetCount::count).sum());
      Set<String> both = departmentsWith("预算执行率");
      both.retainAll(departmentsWith("政府采购执行率"));
      SearchResult r2 = s.search(SearchRequest.of("预算执行率 政府采购执行率").withScope(Scope.REPORTS));
      assertEquals(both, r2.hits().stream().map(SearchHit::department).collect(Collectors.toSet()));
    }
  }

  @Test
  void theQuerySyntaxCombinesWordsWithOrNotPhrasesPrefixesAndGroups() throws IOException {
    Set<String> budget = departmentsWith("预算执行率");
    Set<String> procurement = departmentsWith("政府采购执行率");
    Set<String> either = new java.util.HashSet<>(budget);
    either.addAll(procurement);
    Set<String> budgetOnly = new java.util.HashSet<>(budget);
    budgetOnly.removeAll(procurement);
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      for (String q : List.of("预算执行率 | 政府采购执行率", "预算执行率 OR 政府采购执行率", "(预算执行率 | 政府采购执行率)")) {
        assertEquals(either, departments(s, q), q);
      }
      for (String q : List.of("预算执行率 -政府采购执行率", "预算执行率 NOT 政府采购执行率")) {
        assertEquals(budgetOnly, departments(s, q), q);
      }
      assertEquals(departments(s, "预算执行率 政府采购执行率"), departments(s, "预算执行率 AND 政府采购执行率"));
      assertEquals(departments(s, "预算执行率"), departments(s, "\"预算执行率\""));
      assertFalse(departments(s, "执行*").isEmpty(), "a prefix finds the words that start so");
      Set<String> with = reportIds(s, "预算执行率");
      Set<String> without = reportIds(s, "-预算执行率");
      assertFalse(without.isEmpty());
      assertTrue(java.util.Collections.disjoint(with, without), "a query that only excludes keeps the rest");
      assertEquals(gold.size(), with.size() + without.size());
      SearchResult stray = s.search(SearchRequest.of("预算执行率 AND").withScope(Scope.REPORTS));
      assertEquals(budget, stray.hits().stream().map(SearchHit::department).collect(Collectors.toSet()));
      assertTrue(stray.queryNote() != null && stray.queryNote().contains("运算符"), String.valueOf(stray.queryNote()));
      assertTrue(s.search(SearchRequest.of("(预算执行率").withScope(Scope.REPORTS)).queryNote().contains("括号"));
      assertEquals(null, s.search(SearchRequest.of("预算执行率").withScope(Scope.REPORTS)).queryNote());
    }
  }

  private static Set<String> reportIds(ReportSearcher s, String query) throws IOException {
    return s.search(SearchRequest.of(query).withScope(Scope.REPORTS).withLimit(1000)).hits().stream()
        .map(SearchHit::reportId).collect(Collectors.toSet());
  }

  private static Set<String> departments(ReportSearcher s, String query) throws IOException {
    return s.search(SearchRequest.of(query).withScope(Scope.REPORTS).withLimit(1000)).hits().stream()
        .map(SearchHit::department).collect(Collectors.toSet());
  }

  @Test
  void provinceFilterReturnsOnlyThatProvince() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      for (String province : gold.stream().map(Report::province).distinct().toList()) {
        Filters f = Filters.none().withProvince(province);
        SearchResult rows = s.search(new SearchRequest(null, Scope.INDICATORS, f, 10_000, false, false));
        long expected = gold.stream().filter(g -> g.province().equals(province)).mapToLong(g -> g.indicators().size()).sum();
        assertEquals(expected, rows.hits().size());
        assertTrue(rows.hits().stream().allMatch(h -> province.equals(h.province())));
        SearchResult reports = s.search(new SearchRequest("", Scope.REPORTS, f, 100, false, true));
        assertEquals(gold.stream().filter(g -> g.province().equals(province)).count(), reports.totalHits());
      }
    }
  }

  @Test
  void identityAndNumericFilters() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      SearchResult county = s.search(new SearchRequest(null, Scope.REPORTS, Filters.none().withAdminLevel(AdminLevel.COUNTY), 100, false, false));
      assertEquals(gold.stream().filter(g -> g.adminLevel() == AdminLevel.COUNTY).count(), county.totalHits());
      SearchResult full = s.search(new SearchRequest(null, Scope.INDICATORS, Filters.none().withScoreRate(Range.atLeast(1.0)), 10_000, false, false));
      long expected = gold.stream().flatMap(g -> g.indicators().stream())
          .filter(i -> i.score() != null && i.weight() != null && i.weight().signum() > 0 && i.score().compareTo(i.weight()) >= 0).count();
      assertEquals(expected, full.hits().size());
      SearchResult high = s.search(new SearchRequest(null, Scope.REPORTS, Filters.none().withTotalScore(Range.atLeast(95)), 100, false, false));
      assertEquals(gold.stream().filter(g -> g.totalScore() != null && g.totalScore().doubleValue() >= 95).count(), high.totalHits());
      SearchResult rate = s.search(new SearchRequest(null, Scope.REPORTS, Filters.none().withExecutionRate(Range.between(80, 90)), 100, false, false));
      assertEquals(gold.stream().filter(g -> g.budget() != null && g.budget().executionRate() != null
          && g.budget().executionRate().doubleValue() >= 80 && g.budget().executionRate().doubleValue() <= 90).count(), rate.totalHits());
      Integer year = gold.get(0).fiscalYear();
      assertEquals(gold.stream().filter(g -> year.equals(g.fiscalYear())).count(),
          s.search(new SearchRequest(null, Scope.REPORTS, Filters.none().withFiscalYear(year), 100, false, false)).totalHits());
      assertEquals(0, s.search(new SearchRequest(null, Scope.REPORTS, Filters.none().withFiscalYear(1900), 100, false, false)).totalHits());
    }
  }

  @Test
  void facetsCountReportsPerValue() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      IndexStats stats = s.stats();
      assertEquals(gold.size(), stats.reports());
      assertEquals(count(Report::province), asMap(stats.reportFacets().get(Facet.PROVINCE)));
      assertEquals(count(r -> r.adminLevel().name()), asMap(stats.reportFacets().get(Facet.LEVEL)));
      assertEquals(count(r -> r.fiscalYear().toString()), asMap(stats.reportFacets().get(Facet.YEAR)));
      assertEquals(count(r -> r.grade() == null ? null : r.grade().symbol()), asMap(stats.reportFacets().get(Facet.GRADE)));
      Map<String, Long> level1 = new TreeMap<>();
      for (Report r : gold) {
        r.indicators().stream().map(IndicatorRow::level1).filter(Objects::nonNull).distinct().forEach(l -> level1.merge(l, 1L, Long::sum));
      }
      assertEquals(level1, asMap(stats.reportFacets().get(Facet.LEVEL1)));
      SearchResult r = s.search(SearchRequest.of("预算执行率").withFacets(true));
      assertTrue(r.totalExact());
      long facetTotal = r.facets().get(Facet.PROVINCE).stream().mapToLong(FacetCount::count).sum();
      assertEquals(r.totalHits(), facetTotal);
    }
  }

  private Map<String, Long> count(Function<Report, String> key) {
    return gold.stream().map(key).filter(Objects::nonNull).collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
  }

  private static Map<String, Long> asMap(List<FacetCount> counts) {
    return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, TreeMap::new));
  }

  @Test
  void compareGivesOneRowPerDepartmentWithGoldNumbers() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      IndicatorComparison c = s.compare("预算执行率", Filters.none());
      assertEquals(IndicatorComparison.Match.KEY, c.match());
      assertEquals(departmentsWith("预算执行率"), c.rows().stream().map(ComparisonRow::department).collect(Collectors.toSet()));
      assertEquals(departmentsWith("预算执行率").size(), c.rows().size());
      for (ComparisonRow row : c.rows()) {
        Report r = gold.stream().filter(g -> g.department().equals(row.department())).findFirst().orElseThrow();
        IndicatorRow g = r.indicators().stream().filter(i -> i.level3().equals("预算执行率")).findFirst().orElseThrow();
        assertEquals(r.province(), row.province());
        assertEquals(r.fiscalYear(), row.fiscalYear());
        assertEquals(g.actual(), row.actual());
        assertEquals(g.target(), row.target());
        assertEquals(0, g.weight().compareTo(row.weight()));
        assertEquals(g.score() == null, row.score() == null);
        if (g.score() != null) {
          assertEquals(0, g.score().compareTo(row.score()));
          assertEquals(0, g.score().divide(g.weight(), java.math.MathContext.DECIMAL64).compareTo(row.scoreRate()));
        }
      }
      List<ComparisonRow> byScore = c.sorted(ComparisonField.SCORE, true).rows();
      for (int i = 1; i < byScore.size(); i++) {
        if (byScore.get(i).score() != null) {
          assertTrue(byScore.get(i - 1).score().compareTo(byScore.get(i).score()) >= 0);
        }
      }
    }
  }

  @Test
  void compareFallsBackToTextAndHonoursFilters() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      IndicatorComparison c = s.compare("执行率", Filters.none());
      assertEquals(IndicatorComparison.Match.TEXT, c.match());
      assertEquals(c.rows().size(), c.rows().stream().map(ComparisonRow::reportId).distinct().count());
      String province = gold.get(0).province();
      IndicatorComparison only = s.compare("预算执行率", Filters.none().withProvince(province));
      assertTrue(only.rows().stream().allMatch(r -> province.equals(r.province())));
      assertThrows(IllegalArgumentException.class, () -> s.compare(" ", Filters.none()));
    }
  }

  @Test
  void compareFindsEveryWordingByItsCanonicalKeyBeforeItsName() throws IOException {
    // gold rows carry no canonical key; keyed as extraction keys them, 预算执行率 and its variants are one measure
    IndicatorKeys keys = IndicatorKeys.load();
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (Report r : gold) {
        index.add(r.withIndicators(r.indicators().stream().map(i -> i.withCanonicalKey(keys.keyOf(i.level3()))).toList()));
      }
    }
    long keyed = gold.stream().flatMap(r -> r.indicators().stream())
        .filter(i -> keys.keyOf(i.level3()).equals("budget_execution_rate")).count();
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      IndicatorComparison c = s.compare("部门预算执行率", Filters.none()); // a wording no gold row uses
      assertEquals(IndicatorComparison.Match.KEY, c.match());
      assertEquals("budget_execution_rate", c.key());
      assertEquals("部门预算执行率", c.indicator());
      assertEquals(keyed, c.rows().size());
      assertTrue(c.rows().stream().anyMatch(r -> r.indicator().equals("预算执行率")), c.rows().toString());
      IndicatorComparison byName = s.compare("政务服务工作执行率", Filters.none());
      assertEquals(IndicatorComparison.Match.KEY, byName.match());
      assertNull(byName.key(), "a name the dictionary does not know is matched as a name");
      assertEquals(1, byName.rows().size());
    }
  }

  @Test
  void reindexingReplacesAndRemoveDeletes() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (Report r : gold) {
        index.add(r);
      }
      index.add(gold.get(0));
      assertEquals(gold.size(), index.reportCount());
      assertEquals(goldRows(), index.rowCount());
      index.remove(ReportIndex.idOf(gold.get(0)));
      assertEquals(gold.size() - 1, index.reportCount());
      assertEquals(goldRows() - gold.get(0).indicators().size(), index.rowCount());
      index.remove("no-such-report");
      assertEquals(gold.size() - 1, index.reportCount());
    }
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      assertEquals(gold.size() - 1, s.reportCount());
    }
  }

  @Test
  void reportIdIsTheFileHashWhenKnown() {
    Report r = gold.get(0);
    assertEquals(r.sourceFile(), ReportIndex.idOf(r));
    Report hashed = new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(), r.reportKind(),
        r.evaluator(), r.totalScore(), r.maxScore(), r.grade(), r.budget(), r.sections(), r.indicators(), r.title(),
        r.publicationDate(), "ab12", r.format(), r.evidence(), r.diagnostics(), null, null);
    assertEquals("ab12", ReportIndex.idOf(hashed));
  }

  @Test
  void errorPaths() throws IOException {
    assertThrows(IndexNotFoundException.class, () -> ReportSearcher.open(Files.createDirectories(dir.resolve("empty"))));
    assertThrows(IllegalArgumentException.class, () -> Range.between(2, 1));
    assertThrows(IllegalArgumentException.class, () -> ComparisonField.parse("colour"));
    assertEquals(ComparisonField.SCORE_RATE, ComparisonField.parse("score-rate"));
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withLimit(-1));
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      assertThrows(IllegalArgumentException.class,
          () -> s.search(new SearchRequest(null, Scope.REPORTS, Filters.none().withScoreRate(Range.atLeast(0.5)), 10, false, false)));
      assertEquals(0, s.search(SearchRequest.of("。，！")).totalHits());
      assertEquals(0, s.search(SearchRequest.of("预算执行率").withLimit(0)).hits().size());
    }
  }

  @Test
  void reportWithoutRowsOrNamesIndexesBesideOthers() throws IOException {
    Report bare = new Report("bare.json", null, null, null, null, null, null, null, null, null, null,
        List.of(), List.of(), null, null, null, null, Map.of(), List.of(), null, null);
    try (ReportIndex index = ReportIndex.open(dir)) {
      index.add(bare);
      assertEquals(gold.size() + 1, index.reportCount());
      assertEquals(goldRows(), index.rowCount());
    }
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      assertEquals(gold.size() + 1, s.search(new SearchRequest(null, Scope.REPORTS, Filters.none(), 100, true, true)).totalHits());
      assertEquals(gold.size() + 1, s.stats().reports());
    }
  }

  @Test
  void emptyIndexHasNoFacetsAndNoHits() throws IOException {
    Path empty = dir.resolve("fresh");
    try (ReportIndex index = ReportIndex.open(empty); ReportSearcher s = index.searcher()) {
      assertEquals(0, s.reportCount());
      assertEquals(Map.of(), s.stats().reportFacets());
      assertEquals(0, s.search(SearchRequest.of("预算").withFacets(true)).totalHits());
      assertTrue(s.compare("预算执行率", Filters.none()).rows().isEmpty());
    }
  }
}
