package org.citegraph.extractor.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.citegraph.extractor.UnreadableDocumentException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a file's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or Windows-1252 when the bytes are not valid UTF-8. Line endings are kept as
 * they are, so offsets into the result are offsets into the file's text. Binary files (PDF, ZIP,
 * anything with NUL bytes) and empty files are refused with a one-line reason.
 */
public final class SourceDecoder {
  /** Larger than any UN document; a bigger file is almost certainly not one. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private SourceDecoder() {}

  public static String decode(byte[] bytes) throws UnreadableDocumentException {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(bytes.length);
    }
    String text = decodeText(bytes);
    if (text.isBlank()) {
      throw new UnreadableDocumentException("empty file (no text)");
    }
    return text;
  }

  public static UnreadableDocumentException tooLarge(long size) {
    return new UnreadableDocumentException(
        String.format(
            "file too large (%.1f MB; documents are limited to %d MB)",
            size / 1e6, MAX_BYTES / (1024 * 1024)));
  }

  private static String decodeText(byte[] b) throws UnreadableDocumentException {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return strict(StandardCharsets.UTF_8, b, 3, "UTF-8");
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return strict(StandardCharsets.UTF_16BE, b, 2, "UTF-16");
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return strict(StandardCharsets.UTF_16LE, b, 2, "UTF-16");
    }
    String binary = binaryKind(b);
    if (binary != null) {
      throw new UnreadableDocumentException("binary file (" + binary + "), not a text document");
    }
    try {
      return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException notUtf8) {
      String text;
      try {
        text = decoder(WINDOWS_1252).decode(ByteBuffer.wrap(b)).toString();
      } catch (CharacterCodingException e) {
        throw undecodable();
      }
      if (controlCharacters(text) > text.length() / 100) {
        throw undecodable();
      }
      return text;
    }
  }

  private static String strict(Charset charset, byte[] b, int skip, String name)
      throws UnreadableDocumentException {
    try {
      CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(b, skip, b.length - skip));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException(
          "undecodable bytes: the byte-order mark says " + name + " but the bytes are not");
    }
  }

  private static UnreadableDocumentException undecodable() {
    return new UnreadableDocumentException(
        "undecodable bytes (not UTF-8, UTF-16 with a byte-order mark, or Windows-1252 text)");
  }

  private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** A name for well-known binary formats, "NUL bytes" for other binaries, null for text. */
  private static @Nullable String binaryKind(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP or Office document";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "Word 97-2003 document";
    }
    if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
      return "RTF";
    }
    int n = Math.min(b.length, 8192);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return "NUL bytes";
      }
    }
    return null;
  }

  private static int controlCharacters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        count++;
      }
    }
    return count;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
