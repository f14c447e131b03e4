package org.jixiao.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.schema.AdminLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

  private final Gazetteer g = Gazetteer.load();

  /** text | name | level | province | prefecture ("" none) | code. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "延津县政务服务和大数据管理局|延津县|COUNTY|河南省|新乡市|410726",
        "南昌市政务服务数据管理局|南昌市|PREFECTURAL|江西省|南昌市|360100",
        "江苏省政务服务管理办公室（机关）|江苏省|PROVINCIAL|江苏省||320000",
        "天津市人民政府政务服务办公室|天津市|PROVINCIAL|天津市||120000",
        "咸安区政务服务和大数据管理局|咸安区|COUNTY|湖北省|咸宁市|421202",
        "北京市|北京市|PROVINCIAL|北京市||110000",
        "上海市浦东新区财政局|浦东新区|COUNTY|上海市||310115",
        "重庆市城口县|城口县|COUNTY|重庆市||500229",
        "天津市和平区|和平区|COUNTY|天津市||120101",
        "沈阳市和平区教育局|和平区|COUNTY|辽宁省|沈阳市|210102",
        "南京市鼓楼区|鼓楼区|COUNTY|江苏省|南京市|320106",
        "福建省福州市鼓楼区|鼓楼区|COUNTY|福建省|福州市|350102",
        "广西壮族自治区财政厅|广西壮族自治区|PROVINCIAL|广西壮族自治区||450000",
        "延边朝鲜族自治州|延边朝鲜族自治州|PREFECTURAL|吉林省|延边朝鲜族自治州|222400",
        "仙桃市政务服务中心|仙桃市|COUNTY|湖北省||429004",
        "东莞市政务服务数据管理局|东莞市|PREFECTURAL|广东省|东莞市|441900",
        "苏州工业园区|苏州市|PREFECTURAL|江苏省|苏州市|320500",
        "新疆维吾尔自治区乌鲁木齐市天山区|天山区|COUNTY|新疆维吾尔自治区|乌鲁木齐市|650102",
        "内蒙古自治区|内蒙古自治区|PROVINCIAL|内蒙古自治区||150000",
        "阳泉市城区住建局|城区|COUNTY|山西省|阳泉市|140302",
        // short forms
        "江苏政务服务|江苏省|PROVINCIAL|江苏省||320000",
        "南昌政务服务|南昌市|PREFECTURAL|江西省|南昌市|360100",
        "新乡延津|延津县|COUNTY|河南省|新乡市|410726",
        "咸宁咸安|咸安区|COUNTY|湖北省|咸宁市|421202",
        "广西财政|广西壮族自治区|PROVINCIAL|广西壮族自治区||450000",
        "延边州财政局|延边朝鲜族自治州|PREFECTURAL|吉林省|延边朝鲜族自治州|222400",
        "吉林|吉林省|PROVINCIAL|吉林省||220000",
        "吉林省吉林市|吉林市|PREFECTURAL|吉林省|吉林市|220200",
        "江 苏 省|江苏省|PROVINCIAL|江苏省||320000",
      })
  void mostSpecific(String text, String name, AdminLevel level, String province, String prefecture, String code) {
    Division d = g.mostSpecific(text).orElseThrow(() -> new AssertionError(text));
    assertEquals(code, d.code(), text);
    assertEquals(name, d.name());
    assertEquals(level, d.level());
    assertEquals(province, d.province());
    assertEquals(prefecture, d.prefecture());
  }

  @ParameterizedTest(name = "nothing in {0}")
  @ValueSource(
      strings = {
        "",
        "部门整体支出绩效自评报告",
        "预算执行率达到90%以上，三公经费控制率100%",
        "延津政务服务",  // a county short form alone is weak
        "本年度经费县级配套到位",  // 费县 is weak
        "城区道路",  // 城区 is weak
        "事项清单县级",
        "鼓楼区",  // four districts, nothing to choose by
        "中山路",
      })
  void noDivision(String text) {
    assertEquals(Optional.empty(), g.mostSpecific(text), text);
  }

  @Test
  void countyShortFormNeedsItsPrefectureNotJustItsProvince() {
    assertEquals("河南省", g.mostSpecific("河南延津").orElseThrow().name());
  }

  @Test
  void ambiguousDistrictReturnsEveryCandidate() {
    List<Division> m = g.mentions("鼓楼区政务服务中心");
    assertEquals(4, m.size(), m::toString);
    assertTrue(m.stream().allMatch(d -> d.name().equals("鼓楼区")));
    assertEquals(
        Map.of("南京市", 1L, "徐州市", 1L, "福州市", 1L, "开封市", 1L),
        m.stream().collect(Collectors.groupingBy(Division::prefecture, Collectors.counting())));
  }

  @Test
  void ambiguityNarrowedOnlyToProvinceFallsBackToTheProvince() {
    // 南京 and 徐州 both have a 鼓楼区: the county is uncertain, the province is not
    Division d = g.mostSpecific("江苏省鼓楼区").orElseThrow();
    assertEquals("江苏省", d.name());
  }

  @Test
  void twoCountiesInOneTextGiveTheirCommonLevelOnlyIfNamed() {
    assertEquals(Optional.empty(), g.mostSpecific("延津县和咸安区"));
    assertEquals("新乡市", g.mostSpecific("新乡市延津县、获嘉县").orElseThrow().name());
  }

  @Test
  void mentionsAreInTextOrderAndDistinct() {
    List<String> names =
        g.mentions("湖北省咸宁市咸安区，咸安区，湖北").stream().map(Division::name).toList();
    assertEquals(List.of("湖北省", "咸宁市", "咸安区"), names);
  }

  @Test
  void tianjinIsNotJinshi() {
    assertEquals(List.of("天津市"), g.mentions("天津市").stream().map(Division::name).toList());
  }

  @Test
  void nanchangCountyYieldsTheShortFormToTheCity() {
    assertEquals(
        List.of("南昌市"), g.mentions("南昌").stream().map(Division::name).toList());
    assertEquals("南昌县", g.mostSpecific("南昌县").orElseThrow().name());
  }

  @Test
  void dataCoversEveryProvinceAndTheMunicipalities() {
    long provinces = g.divisions().stream().filter(d -> d.level() == AdminLevel.PROVINCIAL).count();
    assertEquals(31, provinces);
    for (String m : List.of("北京市", "天津市", "上海市", "重庆市")) {
      Division d = g.named(m).get(0);
      assertEquals(AdminLevel.PROVINCIAL, d.level(), m);
      assertNull(d.prefecture());
    }
    assertTrue(g.divisions().size() > 3000);
    assertTrue(g.divisions().stream().noneMatch(d -> d.name().contains("开发区")));
    assertTrue(g.byCode("110101").isPresent());
    assertEquals(AdminLevel.COUNTY, g.byCode("110101").orElseThrow().level());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "延津县|延津",
        "南昌市|南昌",
        "江苏省|江苏",
        "内蒙古自治区|内蒙古",
        "新疆维吾尔自治区|新疆",
        "宁夏回族自治区|宁夏",
        "恩施土家族苗族自治州|恩施",
        "龙胜各族自治县|龙胜",
        "浦东新区|浦东",
        "神农架林区|神农架",
        "鄂伦春自治旗|鄂伦春",
      })
  void shortForms(String name, String expected) {
    assertEquals(expected, Gazetteer.shortForm(name, List.of("土家族", "苗族", "回族", "维吾尔", "各族")));
  }

  @Test
  void shortFormsUnderTwoCharactersAreDropped() {
    assertNull(Gazetteer.shortForm("澧县", List.of()));
    assertEquals("西藏", Gazetteer.shortForm("西藏自治区", List.of("藏族", "藏")));
    assertEquals("内蒙古", Gazetteer.shortForm("内蒙古自治区", List.of("蒙古族", "蒙古")));
  }

  @Test
  void malformedDataIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(List.of("110000\t北京市"), List.of(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Gazetteer.parse(List.of("110101\t东城区\tCOUNTY"), List.of(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Gazetteer.parse(List.of("11\t北京市\tPROVINCIAL"), List.of(), List.of()));
  }
}
