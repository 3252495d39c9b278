package org.citegraph.queries.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.citegraph.extractor.Corpus;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.GraphConnection;
import org.citegraph.graph.GraphLoader;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The guide in a real Neo4j Browser (headless Chromium): the address connects and puts {@code
 * :guide ...} in the editor; one run opens it, and two clicks and two runs answer "who recalls GA
 * 64/178" on the seeds. Screenshot in {@code target/screenshots/}. Skipped where Chromium or
 * chromedriver is missing.
 */
class BrowserGuideIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path home;

  @Test
  void aUserAsksWhoCitesGa64178WithClicksOnly() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed");
    try (EmbeddedNeo4j server =
            EmbeddedNeo4j.start(EmbeddedOptions.at(home).withPorts(0, 0).withHttp(true));
        Driver driver = GraphConnection.open(server.boltUri(), "neo4j", null);
        GuideServer guide = GuideServer.start(0)) {
      new GraphLoader(driver).load(seeds());
      ChromeDriver chrome = chrome();
      try {
        chrome.get(guide.browserLink(server.browserUri(), server.boltUri()).toString());
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
        try {
          wait.until(
              d ->
                  d.getPageSource().contains("Connected to Neo4j")
                      || d.getPageSource().contains("connected as"));
          wait.until(
                  ExpectedConditions.elementToBeClickable(
                      By.cssSelector("[data-testid=editor-Run]")))
              .click(); // the editor holds ":guide http://localhost:PORT/citegraph.html"
          wait.until(d -> d.getPageSource().contains("Each slide is one canned question"));
          chrome.findElement(By.xpath("//*[normalize-space(text())='Next']")).click();
          wait.until(d -> d.getPageSource().contains("Who cites a given node"));
          List<WebElement> blocks = chrome.findElements(By.cssSelector("pre.runnable"));
          assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
          run(chrome, wait, blocks.get(0)); // :params {key: 'GA 64/178', act: 'recall'}
          run(chrome, wait, blocks.get(1)); // the query
          wait.until(d -> d.getPageSource().contains("A/RES/70/179"));
        } catch (RuntimeException e) {
          Files.writeString(
              screenshot(chrome).resolveSibling("browser-guide-failure.html"),
              chrome.getPageSource());
          throw e;
        }
        String page = chrome.getPageSource();
        assertThat(page).contains("A/RES/67/190").contains("file:002_231a7929659aa230");
        assertThat(screenshot(chrome)).isNotEmptyFile();
      } finally {
        chrome.quit();
      }
    }
  }

  private static void run(ChromeDriver chrome, WebDriverWait wait, WebElement block) {
    block.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=editor-Run]")))
        .click();
  }

  static List<Document> seeds() {
    List<Document> documents = new ArrayList<>();
    new Corpus(List.of(Path.of("..", "seeds")))
        .forEach(Extractor.withDefaults(), documents::add, (path, reason) -> {});
    return documents;
  }

  static ChromeDriver chrome() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .build();
    return new ChromeDriver(service, options);
  }

  static Path screenshot(ChromeDriver chrome) throws Exception {
    Path folder = Path.of("target", "screenshots");
    Files.createDirectories(folder);
    Path shot = folder.resolve("browser-guide.png");
    Files.copy(
        chrome.getScreenshotAs(OutputType.FILE).toPath(),
        shot,
        StandardCopyOption.REPLACE_EXISTING);
    return shot;
  }
}
