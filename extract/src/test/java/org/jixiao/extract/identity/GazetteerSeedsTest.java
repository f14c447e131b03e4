package org.jixiao.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gazetteer against the real reports: their department names and their full text. */
class GazetteerSeedsTest {

  private static final Gazetteer G = Gazetteer.load();

  static Stream<Path> golds() throws IOException {
    Path gold = Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
    try (Stream<Path> s = Files.list(gold)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertTrue(files.size() >= 5, "gold files under " + gold);
      return files.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golds")
  void departmentNameGivesGoldProvinceAndLevel(Path gold) throws IOException {
    JsonNode g = Json.mapper().readTree(Files.readString(gold, StandardCharsets.UTF_8));
    Division d = G.mostSpecific(g.get("department").asText()).orElseThrow();
    assertEquals(g.get("province").asText(), d.province());
    assertEquals(AdminLevel.valueOf(g.get("adminLevel").asText()), d.level());
  }

  /**
   * Reports name other places (004 signs a 跨省联办 agreement with 岳阳市), so the check is that most
   * mentions lie in the report's own province, which a run of false positives would break.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golds")
  void mostDivisionsNamedInTheReportLieInItsProvince(Path gold) throws IOException {
    JsonNode g = Json.mapper().readTree(Files.readString(gold, StandardCharsets.UTF_8));
    Path seed = Path.of(System.getProperty("jixiao.samples", "../corpus-samples")).resolve(g.get("sourceFile").asText());
    List<Division> mentions = G.mentions(Files.readString(seed, StandardCharsets.UTF_8));
    String province = g.get("province").asText();
    long home = mentions.stream().filter(d -> d.province().equals(province)).count();
    assertTrue(home * 2 > mentions.size(), () -> province + ": " + mentions);
  }

  @org.junit.jupiter.api.Test
  void xiananReportNamesYueyangButNotTheWeakShortFormYuhuan() throws IOException {
    Path seed =
        Path.of(System.getProperty("jixiao.samples", "../corpus-samples"), "004_f903e5746c6a8cdf.txt");
    List<String> names =
        G.mentions(Files.readString(seed, StandardCharsets.UTF_8)).stream().map(Division::name).toList();
    assertTrue(names.contains("岳阳市"), names::toString);
    assertTrue(names.contains("咸安区"), names::toString);
    assertTrue(!names.contains("玉环市"), names::toString);
  }
}
