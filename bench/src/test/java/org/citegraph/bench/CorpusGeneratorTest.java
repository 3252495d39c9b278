package org.citegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citegraph.extractor.model.RefKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final Vocabulary VOCABULARY = Vocabulary.load();
  private static final int DOCS = 150;
  private static Path corpus;
  private static List<ManifestEntry> manifest;

  @BeforeAll
  static void generate(@TempDir Path dir) throws IOException {
    corpus = dir.resolve("corpus");
    GenerationSummary summary = new CorpusGenerator(VOCABULARY).generate(corpus, DOCS, 20_121_220L);
    assertThat(summary.documents()).isEqualTo(DOCS);
    manifest = read(corpus.resolve(Manifest.FILE_NAME));
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
    CorpusGenerator generator = new CorpusGenerator(VOCABULARY);
    generator.generate(dir.resolve("a"), 25, 7);
    generator.generate(dir.resolve("b"), 25, 7);
    generator.generate(dir.resolve("c"), 25, 8);
    List<String> names = names(dir.resolve("a"));
    assertThat(names).hasSize(26).isEqualTo(names(dir.resolve("b")));
    for (String name : names) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
    assertThat(Files.readAllBytes(dir.resolve("c").resolve(Manifest.FILE_NAME)))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(Manifest.FILE_NAME)));
  }

  /**
   * The record density matches the General Assembly record (about 77,000 cross-references among
   * 18,000 resolutions, 4.3 a document); the dense one, the seeds (about 19).
   */
  @Test
  void densitiesCiteResolutionsAsOftenAsTheirModels(@TempDir Path dir) throws IOException {
    new CorpusGenerator(VOCABULARY, Density.RECORD).generate(dir.resolve("record"), 400, 11);
    new CorpusGenerator(VOCABULARY, Density.DENSE).generate(dir.resolve("dense"), 400, 11);
    assertThat(resolutionCitationsPerDocument(dir.resolve("record"))).isBetween(3.5, 5.5);
    assertThat(resolutionCitationsPerDocument(dir.resolve("dense"))).isBetween(15.0, 24.0);
  }

  private static double resolutionCitationsPerDocument(Path folder) throws IOException {
    List<ManifestEntry> entries = read(folder.resolve(Manifest.FILE_NAME));
    long cited =
        entries.stream()
            .flatMap(e -> e.refs().stream())
            .filter(r -> r.key().kind() == RefKind.RESOLUTION || r.key().kind() == RefKind.DECISION)
            .count();
    return (double) cited / entries.size();
  }

  @Test
  void refusesAFolderThatIsNotEmpty(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("old.txt"), "x");
    assertThatThrownBy(() -> new CorpusGenerator(VOCABULARY).generate(dir, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not empty");
  }

  @Test
  void writesOneManifestLineForEachFileInFileOrder() throws IOException {
    List<String> files = names(corpus);
    files.remove(Manifest.FILE_NAME);
    assertThat(manifest).extracting(ManifestEntry::file).containsExactlyElementsOf(files);
  }

  @Test
  void writesTheThreeShapes() throws IOException {
    Set<Shape> seen = EnumSet.noneOf(Shape.class);
    for (ManifestEntry entry : manifest) {
      String text = text(entry);
      switch (entry.shape()) {
        case "ods" -> {
          seen.add(Shape.ODS);
          assertThat(text)
              .contains("<<ODS JOB NO>>", "Please recycle", "\tThe General Assembly,\n")
              .doesNotContain("<sup>");
          assertThat(text).containsPattern("\n\\d{2}-\\d{5}\n\\*\\d{7}\\*");
          assertThat(entry.key()).startsWith("GA ");
          assertThat(entry.adopted()).isNotNull();
        }
        case "markdown" -> {
          seen.add(Shape.MARKDOWN);
          assertThat(text).contains("The General Assembly,").doesNotContain("<<ODS");
          if (!entry.keys().stream().allMatch(k -> k.kind() != RefKind.INSTRUMENT)) {
            assertThat(text).contains("<sup>");
          }
        }
        case "model-un" -> {
          seen.add(Shape.MODEL_UN);
          assertThat(text).contains("Resolution #").doesNotContain("<sup>", "/RES/");
          assertThat(entry.key()).startsWith("file:");
          assertThat(entry.adopted()).isNull();
        }
        default -> throw new AssertionError("shape " + entry.shape());
      }
      String session = UnCalendar.sessionWords(entry.session());
      assertThat(text).containsIgnoringCase(session + " session");
    }
    assertThat(seen).containsExactlyInAnyOrder(Shape.values());
  }

  @Test
  void documentsAreSizedLikeRealResolutions() throws IOException {
    for (ManifestEntry entry : manifest) {
      assertThat(Files.size(corpus.resolve(entry.file())))
          .as(entry.file())
          .isBetween(5_000L, 25_000L);
    }
  }

  @Test
  void citesOnlyEarlierSessions() throws IOException {
    Pattern assembly = Pattern.compile("GA (?:dec )?(\\d+)/\\d+");
    for (ManifestEntry entry : manifest) {
      for (PlantedKey key : entry.keys()) {
        Matcher m = assembly.matcher(key.key());
        if (m.matches()) {
          assertThat(Integer.parseInt(m.group(1)))
              .as(key + " in " + entry.file())
              .isLessThan(entry.session())
              .isGreaterThanOrEqualTo(31);
        }
      }
    }
  }

  /**
   * Lines where the General Assembly enacts the text ("The General Assembly,", "Resolution adopted
   * by the General Assembly", the "General Assembly" heading): its author, not a citation.
   */
  private static final Pattern AUTHOR =
      Pattern.compile(
          "(?m)^.*(?:The General Assembly,|adopted by the General Assembly).*$"
              + "|^\\W*General Assembly\\W*$|United NationsA/RES\\S*General Assembly");

  /** Independent of the generator: what the text visibly cites must be in the manifest. */
  @Test
  void theManifestListsEveryCitationTheTextMakes() throws IOException {
    List<Visible> patterns =
        List.of(
            new Visible(
                "(\\d{3,4}) \\((\\d{4})\\)",
                m -> "SC " + m.group(1) + " (" + m.group(2) + ")", RefKind.RESOLUTION),
            new Visible(
                "(?<![/\\d])(\\d{1,4}(?: [A-D])?) \\(([IVXL]+)\\)",
                m -> "GA " + m.group(1) + " (" + m.group(2) + ")",
                RefKind.RESOLUTION),
            new Visible(
                "vol\\. (\\d+), No\\. (\\d+)",
                m -> "UNTS " + m.group(1) + "/" + m.group(2),
                RefKind.INSTRUMENT),
            new Visible(
                "Economic and Social Council [Rr]esolution (\\d{4}/\\d+)",
                m -> "ECOSOC " + m.group(1), RefKind.RESOLUTION),
            new Visible(
                "Economic and Social Council [Dd]ecision (\\d{4}/\\d+)",
                m -> "ECOSOC dec " + m.group(1), RefKind.DECISION),
            new Visible("its decision (\\d+/\\d+)", m -> "GA dec " + m.group(1), RefKind.DECISION),
            new Visible(
                "Criminal Justice resolution (\\d+/\\d+)",
                m -> "CCPCJ " + m.group(1),
                RefKind.RESOLUTION),
            new Visible(
                "resolution (\\d+/\\d+) of the Commission",
                m -> "CCPCJ " + m.group(1),
                RefKind.RESOLUTION),
            new Visible(
                "Human Rights Council [Rr]esolution (\\d+/\\d+)",
                m -> "HRC " + m.group(1),
                RefKind.RESOLUTION),
            new Visible(
                "(?:its|General Assembly) [Rr]esolution (\\d+/\\d+)",
                m -> "GA " + m.group(1),
                RefKind.RESOLUTION),
            new Visible(
                "(?<![\\w/.])((?:A/HRC/|E/CN\\.4/|CTOC/COP/|E/|A/)\\d++/(?:L\\.)?\\d++)",
                m -> m.group(1),
                RefKind.DOCUMENT));
    for (ManifestEntry entry : manifest) {
      String text = text(entry);
      Set<PlantedKey> keys = new TreeSet<>(entry.keys());
      for (Visible visible : patterns) {
        Matcher m = visible.pattern().matcher(text);
        while (m.find()) {
          PlantedKey key = new PlantedKey(visible.kind(), visible.key().apply(m));
          if (!key.key().equals(entry.key())) {
            assertThat(keys).as(entry.file() + " at '" + m.group() + "'").contains(key);
          }
        }
      }
      String cited = AUTHOR.matcher(text).replaceAll("");
      for (Body body : VOCABULARY.bodies) {
        for (String name : body.names()) {
          if (Vocabulary.containsWords(cited, name)) {
            assertThat(keys)
                .as(entry.file() + ": " + name)
                .contains(new PlantedKey(RefKind.BODY, body.key()));
          }
        }
      }
      for (MemberState state : VOCABULARY.states) {
        if (Vocabulary.containsWords(text, state.name())) {
          assertThat(keys)
              .as(entry.file() + ": " + state.name())
              .contains(new PlantedKey(RefKind.STATE, state.iso3()));
        }
      }
    }
  }

  /** And the converse: every key the manifest lists is visible in the text. */
  @Test
  void everyPlantedKeyIsVisibleInTheText() throws IOException {
    for (ManifestEntry entry : manifest) {
      String text = text(entry);
      for (PlantedKey key : entry.keys()) {
        assertThat(visible(text, key)).as(entry.file() + ": " + key).isTrue();
      }
      assertThat(entry.keys()).as(entry.file()).doesNotHaveDuplicates();
      assertThat(entry.keys().stream().map(PlantedKey::key)).doesNotContain(entry.key());
    }
  }

  private static boolean visible(String text, PlantedKey key) {
    String k = key.key();
    return switch (key.kind()) {
      case RESOLUTION -> text.contains(k.substring(k.indexOf(' ') + 1));
      case DECISION -> text.contains(k.substring(k.lastIndexOf(' ') + 1));
      case DOCUMENT ->
          k.endsWith("/Corr.1")
              ? text.contains(k.substring(0, k.length() - "/Corr.1".length()) + " and Corr.1")
              : text.contains(k);
      case INSTRUMENT ->
          VOCABULARY.instruments.stream()
              .filter(i -> i.key().equals(k))
              .anyMatch(
                  i ->
                      text.contains(i.name())
                          || text.contains("vol. " + i.volume() + ", No. " + i.number()));
      case BODY ->
          VOCABULARY.body(k).names().stream().anyMatch(n -> Vocabulary.containsWords(text, n));
      case STATE ->
          VOCABULARY.states.stream()
              .filter(s -> s.iso3().equals(k))
              .anyMatch(s -> text.contains(s.name()));
    };
  }

  private record Visible(
      Pattern pattern, java.util.function.Function<Matcher, String> key, RefKind kind) {
    Visible(String regex, java.util.function.Function<Matcher, String> key, RefKind kind) {
      this(Pattern.compile(regex), key, kind);
    }
  }

  private static String text(ManifestEntry entry) throws IOException {
    return Files.readString(corpus.resolve(entry.file()), StandardCharsets.UTF_8);
  }

  private static List<ManifestEntry> read(Path file) throws IOException {
    List<ManifestEntry> out = new ArrayList<>();
    try (Manifest.Reader reader = Manifest.open(file)) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .sorted()
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }
}
