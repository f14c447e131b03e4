package org.jixiao.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jixiao.app.batch.ImportJob;
import org.jixiao.ingest.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven through its chromedriver (profile {@code browser}, which
 * {@code .ci/run} runs once after the tests). What an auditor does: search 执行率 and narrow it to a province, open a
 * report and follow a finding to its source outlined, compare 预算执行率 and download the Excel file, upload a report
 * and see it imported. With {@code -Djixiao.screenshots=DIR} each page is saved there as PNG (docs/screenshots).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path tmp;
  static WebServer server;
  static String base;
  static WebDriver browser;
  static WebDriverWait wait;
  static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    Path data = tmp.resolve("data");
    List<Path> samples = List.of("001_2d77b94fcc42edf7.pdf", "002_85bada5a1e1f1378.pdf", "003_9702beb4dfdda539.docx",
        "004_f903e5746c6a8cdf.txt").stream().map(WebServerTest::sample).toList();
    new ImportJob(data, Limits.defaults(), 2, true).run(samples, new PrintWriter(new StringWriter(), true));
    server = new WebServer(new WebOptions(data, WebOptions.LOOPBACK, 0, true, 50L << 20, 5, Limits.defaults(), "jixiao test"));
    base = "http://127.0.0.1:" + server.start();
    downloads = Files.createDirectories(tmp.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static void shot(String name) throws Exception {
    String dir = System.getProperty("jixiao.screenshots");
    if (dir != null && !dir.isBlank()) {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
  }

  @Test
  @Order(1)
  void overviewDrawsItsCharts() throws Exception {
    browser.get(base + "/");
    assertEquals("4", browser.findElement(By.id("report-count")).getText());
    wait.until(d -> !d.findElements(By.cssSelector("div.chart canvas")).isEmpty());
    shot("overview");
  }

  @Test
  @Order(2)
  void searchThenFilterByProvince() throws Exception {
    browser.get(base + "/");
    WebElement box = browser.findElement(By.cssSelector("form.quick input[name=q]"));
    box.sendKeys("执行率");
    box.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hit-count")));
    String before = browser.findElement(By.id("hit-count")).getText();
    assertTrue(browser.findElements(By.cssSelector("section.hits mark")).size() > 0, "matches highlighted");
    WebElement province = browser.findElement(By.xpath("//aside[@class='facets']/h3[text()='省份']/following-sibling::ul[1]/li/a"));
    String name = province.getText();
    province.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.active a.chip")));
    assertTrue(browser.findElement(By.cssSelector("p.active")).getText().contains(name));
    for (WebElement small : browser.findElements(By.cssSelector("section.hits tbody td:first-child small"))) {
      assertEquals(name, small.getText());
    }
    assertTrue(browser.getCurrentUrl().contains("province="), "the filter is in the URL: " + browser.getCurrentUrl());
    shot("search");
    assertTrue(!before.isEmpty());
  }

  @Test
  @Order(3)
  void aFindingOpensItsSourceOutlined() throws Exception {
    browser.get(base + "/findings?severity=warning");
    shot("findings");
    // the first finding placed on a PDF table cell
    WebElement source = browser.findElements(By.cssSelector("a.source")).stream()
        .filter(a -> a.getText().contains("表")).findFirst().orElseThrow();
    String reportLink = source.findElement(By.xpath("ancestor::tr//a[starts-with(@href,'/reports/')]")).getAttribute("href");
    browser.get(reportLink);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.indicators")));
    shot("report");
    WebElement finding = browser.findElement(By.cssSelector("li.finding a.source"));
    finding.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("where")));
    assertTrue(browser.findElements(By.cssSelector("td.marked, mark#marked")).size() == 1, "the value is marked");
    List<WebElement> page = browser.findElements(By.id("page-image"));
    if (!page.isEmpty()) {
      wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
          .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", page.getFirst()));
    }
    shot("source");
  }

  @Test
  @Order(4)
  void compareAndDownloadTheWorkbook() throws Exception {
    browser.get(base + "/compare");
    WebElement box = browser.findElement(By.name("indicator"));
    box.sendKeys("预算执行率");
    new Select(browser.findElement(By.name("sort"))).selectByValue("score-rate");
    box.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-count")));
    assertTrue(browser.findElements(By.cssSelector("table.list tbody tr")).size() >= 2);
    shot("compare");
    browser.findElement(By.id("xlsx")).click();
    Path xlsx = downloads.resolve("compare.xlsx");
    wait.until(d -> Files.exists(xlsx) && xlsx.toFile().length() > 0);
    byte[] head = Files.readAllBytes(xlsx);
    assertEquals('P', head[0]);
    assertEquals('K', head[1]);
  }

  @Test
  @Order(5)
  void uploadAReportAndSeeItImported() throws Exception {
    browser.get(base + "/import");
    browser.findElement(By.cssSelector("input[type=file]")).sendKeys(WebServerTest.sample("000_0ace20d031349de2.docx")
        .toAbsolutePath().toString());
    browser.findElement(By.cssSelector("#upload button")).click();
    wait.until(ExpectedConditions.textToBe(By.id("state"), "完成"));
    shot("import");
    browser.get(base + "/");
    assertEquals("5", browser.findElement(By.id("report-count")).getText());
  }
}
