package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPartsTest {
  @Test
  void sessionFirstNumbers() {
    assertThat(KeyParts.of("GA 64/178")).isEqualTo(new KeyParts("GA", "64/178", 64));
    assertThat(KeyParts.of("HRC 8/12")).isEqualTo(new KeyParts("HRC", "8/12", 8));
    assertThat(KeyParts.of("GA dec 67/555")).isEqualTo(new KeyParts("GA", "67/555", 67));
  }

  @Test
  void romanSessionsOfOldGeneralAssemblyResolutions() {
    assertThat(KeyParts.of("GA 2200 A (XXI)")).isEqualTo(new KeyParts("GA", "2200 A (XXI)", 21));
    assertThat(KeyParts.roman("XLIV")).isEqualTo(44);
  }

  @Test
  void yearsAreNotSessions() {
    assertThat(KeyParts.of("SC 1325 (2000)")).isEqualTo(new KeyParts("SC", "1325 (2000)", null));
    assertThat(KeyParts.of("ECOSOC 2008/33")).isEqualTo(new KeyParts("ECOSOC", "2008/33", null));
    assertThat(KeyParts.of("ECOSOC dec 1980/127"))
        .isEqualTo(new KeyParts("ECOSOC", "1980/127", null));
  }

  @Test
  void keysWithoutABodyHaveNoParts() {
    assertThat(KeyParts.of("file:report")).isNull();
  }
}
