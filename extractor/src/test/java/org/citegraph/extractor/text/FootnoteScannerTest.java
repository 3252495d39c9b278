package org.citegraph.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnoteScannerTest {
  /** The numbered run at the end of an ODS text: which lines are notes, by their first words. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          one note after the meeting date   | 72nd plenary meeting\\n1 December 2003\\n\\n1 Resolutions 50/168 and 52/97. | 1 Resolutions
          two notes after the meeting date  | 1 December 2003\\n\\n1 Resolution 50/168.\\n2 Ibid. | 1 Resolution;2 Ibid.
          a date with text is a note        | 1 December 2003, A/58/499.                       | 1 December
          a date alone is no note           | 72nd plenary meeting\\n1 December 2003             | -
          the run after a lone date         | 1 December 2003\\n1 Ibid.                          | 1 Ibid.
          """)
  void findsTheNumberedRun(String name, String tail, String expected) {
    String text = "\tThe General Assembly,\n\t1.\tUrges States;\n\n" + tail.replace("\\n", "\n");
    List<Line> lines = Lines.of(text);
    List<String> found =
        FootnoteScanner.scan(text, lines, 0).stream()
            .map(f -> f.number() + " " + firstWord(text.substring(f.body().start())))
            .toList();
    assertThat(String.join(";", found)).isEqualTo(expected.equals("-") ? "" : expected);
  }

  private static String firstWord(String s) {
    int space = s.indexOf(' ');
    return space < 0 ? s : s.substring(0, space);
  }
}
