package org.citegraph.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key of a title read by shape is the slug KEYS.md defines, written as regular expressions. */
class InstrumentTitlesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Minamata Convention on Mercury",
        "Forced Labour Convention, 1930 (No. 29)",
        "Protocol amending the Slavery Convention",
        "Children’s Rights  Convention",
        "Inter-American\tConvention - on Ⅻ Things",
        "- Convention -",
        " Convention \n",
        "Convention ½ Ünïcode Straße İstanbul",
        "Convention \uD800 on \uD83D\uDE00 Emoji",
        "Convention .-. on --- (a) [b]"
      })
  void keysAsTheSlugRulesSay(String name) {
    assertThat(InstrumentTitles.key(name)).isEqualTo(slug(name));
  }

  private static String slug(String name) {
    return "instrument:"
        + name.toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replaceAll("[^\\p{L}\\p{N}\\s-]", "")
            .trim()
            .replaceAll("[\\s-]+", "-");
  }
}
