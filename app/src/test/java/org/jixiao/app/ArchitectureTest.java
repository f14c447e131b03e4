package org.jixiao.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * 架构: the package structure of every module, seen from {@code app}, which depends on all of them
 * (main classes only, tests left out). Packages form no cycle; the modules depend one way ({@code
 * schema ← ingest ← extract}, {@code schema ← text ← ingest, extract, audit, index}, {@code schema ← search ← index,
 * solrclient}, {@code app → all});
 * and {@code org.jixiao.text} is the only place that turns digits into numbers.
 *
 * <p>Plain JUnit tests over ArchUnit's core API rather than its JUnit 5 engine, whose {@code
 * @ArchTest} members do not honour {@code @Disabled}.
 */
class ArchitectureTest {
  private static final String OURS = "org.jixiao.";
  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jixiao");

  /** Every package is a slice, and no two slices depend on each other (issue 8 removed the last cycles). */
  @Test
  void noPackageCycles() {
    slices().matching("org.jixiao.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void schemaImportsNothingOfOurs() {
    importsNone("schema", modules("text", "ingest", "extract", "audit", "search", "index", "solrclient", "app"));
  }

  @Test
  void textImportsOnlySchema() {
    importsNone("text", modules("ingest", "extract", "audit", "search", "index", "solrclient", "app"));
  }

  /** What both backends build on holds neither: no Lucene, no Solr, only the schema. */
  @Test
  void searchImportsOnlySchema() {
    importsNone("search", modules("text", "ingest", "extract", "audit", "index", "solrclient", "app"));
    importsNone("search", "org.apache.lucene..", "org.apache.solr..");
  }

  /** Solr's client never meets the embedded index: Lucene 10 and Solr's Lucene 9 cannot share a class path. */
  @Test
  void solrClientImportsNeitherIndexNorLucene() {
    importsNone("solrclient", modules("ingest", "extract", "audit", "index", "app"));
    importsNone("solrclient", "org.apache.lucene..", "org.eclipse.jetty..");
  }

  @Test
  void ingestImportsNoLaterStage() {
    importsNone("ingest", modules("extract", "audit", "search", "index", "solrclient", "app"));
  }

  /** Formats are ingest's business: extract sees only the neutral model. */
  @Test
  void extractImportsNoFormatLibrary() {
    importsNone("extract", "org.apache.tika..", "org.apache.poi..", "org.apache.pdfbox..");
  }

  @Test
  void extractImportsNoLaterStage() {
    importsNone("extract", modules("audit", "search", "index", "solrclient", "app"));
  }

  /** The audit works on a Report, whatever read it. */
  @Test
  void auditImportsNeitherExtractNorIngest() {
    importsNone("audit", modules("extract", "ingest", "search", "index", "solrclient", "app"));
  }

  @Test
  void indexImportsNeitherExtractNorIngestNorAudit() {
    importsNone("index", modules("extract", "ingest", "audit", "solrclient", "app"));
  }

  /**
   * Numbers are read by {@code org.jixiao.text.number} only, so that every module reads them alike
   * (regular expressions over digits are kept out by {@link NumberReadingConfinedTest}).
   */
  @Test
  void onlyTheTextModuleParsesNumbers() {
    parseNoNumbers(resideOutsideOfPackage(OURS + "text..")).check(MAIN);
  }

  private static ArchRule parseNoNumbers(DescribedPredicate<JavaClass> classes) {
    return noClasses().that(classes)
        .should().callConstructor(BigDecimal.class, String.class)
        .orShould().callMethod(Double.class, "parseDouble", String.class)
        .orShould().callMethod(Double.class, "valueOf", String.class)
        .orShould().callMethod(Float.class, "parseFloat", String.class)
        .because("the kernel (org.jixiao.text.number) is the one number parser (issue 8)");
  }

  /** No class of {@code org.jixiao.<module>} depends on a class in any of {@code packages}. */
  private static void importsNone(String module, String... packages) {
    noClasses().that().resideInAPackage(OURS + module + "..").should().dependOnClassesThat()
        .resideInAnyPackage(packages).check(MAIN);
  }

  /** The packages {@code org.jixiao.<module>..} of the named modules. */
  private static String[] modules(String... names) {
    String[] packages = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      packages[i] = OURS + names[i] + "..";
    }
    return packages;
  }
}
