package org.citegraph.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.citegraph.extractor.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The encodings UN texts come in, and the inputs that are not texts (issue 2). */
class SourceDecoderTest {
  private static final String TEXT = "Recalling the United Nations Children’s Fund – résumé\r\n";

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", TEXT.getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "UTF-8 with BOM",
            concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8))),
        Arguments.of(
            "UTF-16LE with BOM",
            concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))),
        Arguments.of(
            "UTF-16BE with BOM",
            concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))),
        Arguments.of("Windows-1252", TEXT.getBytes(Charset.forName("windows-1252"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void decodesEveryEncodingToTheSameTextKeepingLineEndings(String name, byte[] bytes)
      throws Exception {
    assertThat(SourceDecoder.decode(bytes)).isEqualTo(TEXT);
  }

  static Stream<Arguments> notTexts() {
    return Stream.of(
        Arguments.of(new byte[0], "empty file"),
        Arguments.of(" \n\t\n".getBytes(StandardCharsets.US_ASCII), "empty file"),
        Arguments.of("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), "binary file (PDF)"),
        Arguments.of(concat(bytes('P', 'K', 3, 4), new byte[40]), "binary file (ZIP"),
        Arguments.of(bytes('a', 0, 'b'), "binary file (NUL bytes)"),
        Arguments.of(bytes(0x81, 0x8D, 0x8F, 0x90, 0x9D), "undecodable bytes"),
        Arguments.of(concat(bytes(0xEF, 0xBB, 0xBF), bytes(0xC3, 0x28)), "undecodable bytes"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("notTexts")
  void refusesWhatIsNotATextWithOneClearReason(byte[] bytes, String reason) {
    assertThatThrownBy(() -> SourceDecoder.decode(bytes))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith(reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void refusesFilesLargerThanAnyDocument() {
    assertThatThrownBy(() -> SourceDecoder.decode(new byte[(int) SourceDecoder.MAX_BYTES + 1]))
        .hasMessageStartingWith("file too large");
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
