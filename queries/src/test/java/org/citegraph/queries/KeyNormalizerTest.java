package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyNormalizerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GA 64/178|GA 64/178",
        "\"GA 64/178\"|GA 64/178",
        "'GA 64/178'|GA 64/178",
        "  ga   64/178 |GA 64/178",
        "64/178|GA 64/178",
        "A/RES/64/178|GA 64/178",
        "a/res/64/178|GA 64/178",
        "resolution 64/178|GA 64/178",
        "General Assembly resolution 64/178|GA 64/178",
        "8/12|HRC 8/12",
        "A/HRC/RES/8/12|HRC 8/12",
        "HRC 8/12|HRC 8/12",
        "2008/33|ECOSOC 2008/33",
        "E/RES/2008/33|ECOSOC 2008/33",
        "S/RES/1325 (2000)|SC 1325 (2000)",
        "S/RES/1325(2000)|SC 1325 (2000)",
        "1325 (2000)|SC 1325 (2000)",
        "SC 1325(2000)|SC 1325 (2000)",
        "GA 2200A(XXI)|GA 2200 A (XXI)",
        "ECOSOC dec. 1980/127|ECOSOC dec 1980/127",
        "ecosoc decision 1980/127|ECOSOC dec 1980/127",
        "unts 2225/39574|UNTS 2225/39574",
        "a/67/156|A/67/156",
        "e/2002/68/add.1|E/2002/68/Add.1",
        "A/67/53/CORR.1|A/67/53/Corr.1",
        "a/c.3/67/l.13/rev.1|A/C.3/67/L.13/Rev.1",
        "file:002_231a7929659aa230|file:002_231a7929659aa230",
        "UNODC|UNODC",
      })
  void theFirstCandidateIsTheKeysMdKey(String typed, String key) {
    assertThat(KeyNormalizer.candidates(typed)).first().isEqualTo(key);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "8/12|GA 8/12",
        "30/1|GA 30/1",
      })
  void gaNumbersBeforeThe31stSessionAreNeverGa(String typed, String notAKey) {
    assertThat(KeyNormalizer.candidates(typed)).doesNotContain(notAKey);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GA 64/178'}) DETACH DELETE n //",
        "x\"}) MATCH (n) DETACH DELETE n RETURN 1 AS {",
        "{key: $key}",
      })
  void hostileTextStaysText(String typed) {
    assertThat(KeyNormalizer.candidates(typed)).isNotEmpty().contains(typed.strip());
  }
}
