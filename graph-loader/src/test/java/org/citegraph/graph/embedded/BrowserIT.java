package org.citegraph.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.citegraph.graph.Fixtures;
import org.citegraph.graph.GraphConnection;
import org.citegraph.graph.GraphLoader;
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
 * Neo4j Browser, served by the in-process server, in a real headless Chromium: it connects by
 * itself, runs a query and draws the loaded nodes, coloured by the citegraph style. The screenshot
 * is kept in {@code target/screenshots/}. Skipped where Chromium is not installed ({@code .ci/run}
 * installs it).
 */
class BrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String QUERY = "MATCH (n)-[r]->(m) RETURN n, r, m";

  @TempDir Path home;

  @Test
  void theBrowserConnectsRunsAQueryAndDrawsTheStyledGraph() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium)");
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        "chromedriver is not installed (apt-get install chromium-driver)");
    try (EmbeddedNeo4j server =
            EmbeddedNeo4j.start(EmbeddedOptions.at(home).withPorts(0, 0).withHttp(true));
        Driver driver = GraphConnection.open(server.boltUri(), "neo4j", null)) {
      new GraphLoader(driver).load(Fixtures.all());
      ChromeDriver chrome = chrome();
      try {
        chrome.get(autoConnectUrl(server));
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
        WebElement run =
            wait.until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[data-testid=editor-Run]")));
        try {
          wait.until(
              d ->
                  d.getPageSource().contains("Connected to Neo4j")
                      || d.getPageSource().contains("connected as"));
          run.click();
          wait.until(d -> d.findElements(By.cssSelector("svg g.node")).size() >= 10);
        } catch (RuntimeException e) {
          Files.writeString(
              screenshot(chrome).resolveSibling("neo4j-browser-failure.html"),
              chrome.getPageSource());
          throw e;
        }
        Thread.sleep(3_000); // let the force layout settle before the picture

        @SuppressWarnings("unchecked")
        List<List<String>> nodes =
            (List<List<String>>)
                chrome.executeScript(
                    "return Array.from(document.querySelectorAll('svg g.node')).map(g => "
                        + "[g.textContent, (g.querySelector('circle.b-outline')"
                        + " || g.querySelector('circle')).getAttribute('fill')])");
        String captions = nodes.stream().map(n -> n.get(0)).toList().toString();
        String resolutionFill =
            nodes.stream()
                .filter(n -> n.get(0).contains("GA 67/190"))
                .map(n -> n.get(1))
                .findFirst()
                .orElse("(no node captioned GA 67/190 in " + captions + ")");
        Path shot = screenshot(chrome);

        assertThat(captions).contains("GA 67/190").contains("GA 64/178");
        assertThat(resolutionFill).isEqualToIgnoringCase("#4C8EDA");
        assertThat(shot).isNotEmptyFile();
      } finally {
        chrome.quit();
      }
    }
  }

  static String autoConnectUrl(EmbeddedNeo4j server) {
    return server.browserUri()
        + "?dbms=neo4j://127.0.0.1:"
        + server.boltPort()
        + "&db=neo4j&preselectAuthMethod=NO_AUTH&cmd=edit&arg="
        + URLEncoder.encode(QUERY, StandardCharsets.UTF_8).replace("+", "%20");
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
    Path folder = Path.of(System.getProperty("citegraph.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    Path shot = folder.resolve("neo4j-browser.png");
    Files.copy(
        chrome.getScreenshotAs(OutputType.FILE).toPath(),
        shot,
        StandardCopyOption.REPLACE_EXISTING);
    return shot;
  }
}
