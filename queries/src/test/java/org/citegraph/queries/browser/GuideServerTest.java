package org.citegraph.queries.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class GuideServerTest {
  @Test
  void servesTheGuideWithTheCorsHeaderTheBrowserNeeds() throws Exception {
    try (GuideServer guide = GuideServer.start(0)) {
      HttpClient http = HttpClient.newHttpClient();
      URI loopback = URI.create(guide.uri().toString().replace("localhost", "127.0.0.1"));

      HttpResponse<String> page =
          http.send(HttpRequest.newBuilder(loopback).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> other =
          http.send(
              HttpRequest.newBuilder(loopback.resolve("/elsewhere")).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(guide.uri().toString()).matches("http://localhost:\\d+/citegraph\\.html");
      assertThat(guide.command()).isEqualTo(":guide " + guide.uri());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
      assertThat(page.body()).isEqualTo(BrowserGuide.html());
      assertThat(other.statusCode()).isEqualTo(404);
      assertThat(
              guide
                  .browserLink(
                      URI.create("http://127.0.0.1:7474/browser/"),
                      URI.create("bolt://127.0.0.1:7687"))
                  .toString())
          .startsWith("http://127.0.0.1:7474/browser/?dbms=bolt%3A%2F%2F127.0.0.1%3A7687")
          .contains("&cmd=edit&arg=%3Aguide%20http%3A%2F%2Flocalhost%3A");
    }
  }
}
