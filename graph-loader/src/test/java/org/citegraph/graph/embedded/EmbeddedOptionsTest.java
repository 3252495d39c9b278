package org.citegraph.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedOptionsTest {
  @Test
  void listeningBeyondLoopbackNeedsAPassword() {
    EmbeddedOptions loopback = EmbeddedOptions.at(Path.of("x"));

    assertThatThrownBy(() -> loopback.withListenAddress("0.0.0.0", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs authentication");
    assertThat(loopback.withListenAddress("0.0.0.0", "long-enough-secret").listenAddress())
        .isEqualTo("0.0.0.0");
  }

  @Test
  void thePasswordIsNeverInTheTextForm() {
    EmbeddedOptions options =
        EmbeddedOptions.at(Path.of("x")).withListenAddress("0.0.0.0", "s3cret-s3cret");

    assertThat(options.toString()).doesNotContain("s3cret").contains("auth=true");
  }

  @Test
  void theConfBindsLoopbackAndAdvertisesTheRealPorts() {
    var settings = Neo4jConf.settings(EmbeddedOptions.at(Path.of("x")).withHttp(true), 7688, 7475);

    assertThat(settings)
        .containsEntry("server.default_listen_address", "127.0.0.1")
        .containsEntry("server.bolt.advertised_address", "127.0.0.1:7688")
        .containsEntry("server.http.advertised_address", "127.0.0.1:7475")
        .containsEntry("dbms.security.auth_enabled", "false")
        .containsEntry("dbms.usage_report.enabled", "false")
        .containsEntry("client.allow_telemetry", "false");
  }
}
