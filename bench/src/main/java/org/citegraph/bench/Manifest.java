package org.citegraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citegraph.extractor.model.RefKind;
import org.jspecify.annotations.Nullable;

/**
 * {@code manifest.jsonl}: one JSON object a line, one line a document, in the order of the files.
 *
 * <pre>{@code
 * {"file":"000003_6f3c...txt","shape":"ods","key":"GA 67/190","session":67,
 *  "adopted":"2012-12-20","title":"...",
 *  "refs":[{"kind":"resolution","key":"GA 64/178","verbs":["recalling also"]}, ...]}
 * }</pre>
 */
public final class Manifest {
  public static final String FILE_NAME = "manifest.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Manifest() {}

  static String toJsonLine(ManifestEntry entry) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", entry.file());
    o.put("shape", entry.shape());
    o.put("key", entry.key());
    o.put("session", entry.session());
    o.put("adopted", entry.adopted() == null ? null : entry.adopted().toString());
    o.put("title", entry.title());
    ArrayNode refs = o.putArray("refs");
    for (ManifestEntry.PlantedRef ref : entry.refs()) {
      ObjectNode r = refs.addObject();
      r.put("kind", ref.key().kind().json());
      r.put("key", ref.key().key());
      ArrayNode verbs = r.putArray("verbs");
      ref.verbs().forEach(verbs::add);
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ManifestEntry fromJsonLine(String line) {
    try {
      JsonNode o = JSON.readTree(line);
      List<ManifestEntry.PlantedRef> refs = new ArrayList<>();
      for (JsonNode r : o.path("refs")) {
        List<String> verbs = new ArrayList<>();
        r.path("verbs").forEach(v -> verbs.add(v.asText()));
        PlantedKey key =
            new PlantedKey(RefKind.fromJson(r.path("kind").asText()), r.path("key").asText());
        refs.add(new ManifestEntry.PlantedRef(key, verbs));
      }
      JsonNode adopted = o.path("adopted");
      return new ManifestEntry(
          o.path("file").asText(),
          o.path("shape").asText(),
          o.path("key").asText(),
          o.path("session").asInt(),
          adopted.isTextual() ? LocalDate.parse(adopted.asText()) : null,
          o.path("title").asText(),
          refs);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a manifest line: " + abbreviate(line), e);
    }
  }

  /** Opens a manifest for reading, one entry at a time. */
  public static Reader open(Path manifest) throws IOException {
    return new Reader(Files.newBufferedReader(manifest, StandardCharsets.UTF_8));
  }

  static void write(Writer out, ManifestEntry entry) throws IOException {
    out.write(toJsonLine(entry));
    out.write('\n');
  }

  /** Streams the entries of a manifest. */
  public static final class Reader implements Closeable {
    private final BufferedReader in;

    Reader(BufferedReader in) {
      this.in = in;
    }

    /** The next entry, or null at the end. */
    public @Nullable ManifestEntry next() throws IOException {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          return fromJsonLine(line);
        }
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
