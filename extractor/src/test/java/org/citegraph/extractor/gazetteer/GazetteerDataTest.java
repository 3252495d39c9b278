package org.citegraph.extractor.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the shipped vocabularies are in canonical form (after reporters-db's data tests and
 * Lucene's {@code testResourcesAvailable}): present, UTF-8, headed, sorted, free of duplicates, and
 * complete where KEYS.md fixes the content.
 */
class GazetteerDataTest {
  /** The body keys of the KEYS.md table. */
  private static final List<String> CONTRACT_BODIES =
      List.of(
          ("GA SC ECOSOC HRC CCPCJ SG PGA C3 UNODC OHCHR UNHCR UNICEF UN-Women ILO IOM UNDP UNFPA"
                  + " UNESCO ICAT COP-UNTOC WG-TIP SR-TIP SR-VAW SR-SALE SR-SLAVERY SRSG-VAC AU OAS EU"
                  + " NAM")
              .split(" "));

  private static final Pattern INSTRUMENT_KEY =
      Pattern.compile("UNTS [1-9]\\d*/[1-9]\\d*|instrument:[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final List<String> ADVERB_WORDS = List.of("also", "further", "again");

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bodies.tsv",
        "states.tsv",
        "instruments.tsv",
        "clause-verbs.txt",
        "clause-adverbs.txt",
        "symbol-series.txt"
      })
  void fileIsPresentUtf8HeadedAndClean(String file) {
    List<String> raw = RawResource.lines(file);
    assertThat(raw).as(file).isNotEmpty();
    assertThat(raw.get(0)).as(file + ": header").startsWith("#");
    List<String> data = RawResource.dataLines(file);
    assertThat(data).as(file + ": data lines").isNotEmpty();
    for (String line : raw) {
      assertThat(line).as(file + ": trailing blank in '%s'", line).isEqualTo(line.stripTrailing());
    }
    for (String line : data) {
      for (String column : line.split("\t", -1)) {
        assertThat(column).as(file + ": empty or padded column in '%s'", line).isNotBlank();
        assertThat(column).as(file + ": padded column in '%s'", line).isEqualTo(column.strip());
      }
    }
    List<String> keys = data.stream().map(RawResource::key).toList();
    assertThat(keys).as(file + ": sorted by key").isSortedAccordingTo(String::compareTo);
    assertThat(keys).as(file + ": duplicate keys").doesNotHaveDuplicates();
  }

  @Test
  void loadsEveryVocabulary() {
    assertThatCode(Gazetteer::loadDefault).doesNotThrowAnyException();
    assertThat(gazetteer.bodies()).isNotEmpty();
    assertThat(gazetteer.instruments()).isNotEmpty();
    assertThat(gazetteer.clauseVerbs()).isNotEmpty();
    assertThat(gazetteer.clauseAdverbs()).isNotEmpty();
    assertThat(gazetteer.symbolSeries()).isNotEmpty();
  }

  @Test
  void bodiesCoverTheContractTableWithUniqueNames() {
    assertThat(keys(gazetteer.bodies())).containsAll(CONTRACT_BODIES);
    assertUniqueNames("bodies.tsv", gazetteer.bodies(), GazetteerDataTest::folded);
    Map<String, String> official = officialNames(gazetteer.bodies());
    assertThat(official)
        .containsEntry("UNODC", "United Nations Office on Drugs and Crime")
        .containsEntry(
            "SR-TIP", "Special Rapporteur on trafficking in persons, especially women and children")
        .containsEntry("NAM", "Movement of Non-Aligned Countries");
    List<String> aliases = gazetteer.bodies().stream().flatMap(e -> e.names().stream()).toList();
    assertThat(aliases)
        .as("bare acronyms too ambiguous")
        .doesNotContain("GA", "SC", "SG", "PGA", "C3");
    assertThat(aliases)
        .as("apostrophes are folded: write ' only")
        .noneMatch(n -> n.contains("\u2019"));
  }

  @Test
  void statesAreThe193MembersAndTwoObservers() {
    assertThat(gazetteer.states()).hasSize(193);
    assertThat(keys(gazetteer.observers())).containsExactlyInAnyOrder("VAT", "PSE");
    List<GazetteerEntry> all = new ArrayList<>(gazetteer.states());
    all.addAll(gazetteer.observers());
    assertThat(keys(all)).allMatch(k -> ISO3.matcher(k).matches()).doesNotHaveDuplicates();
    assertUniqueNames("states.tsv", all, Function.identity());
    assertThat(officialNames(all))
        .containsEntry("USA", "United States of America")
        .containsEntry("TUR", "Türkiye")
        .containsEntry("CIV", "Côte d'Ivoire")
        .containsEntry("NLD", "Netherlands (Kingdom of the)");
  }

  @Test
  void instrumentKeysAreUntsOrSlugsOfTheOfficialName() {
    for (GazetteerEntry entry : gazetteer.instruments()) {
      assertThat(entry.key()).matches(INSTRUMENT_KEY);
      if (entry.key().startsWith("instrument:")) {
        assertThat(entry.key()).isEqualTo("instrument:" + slug(entry.officialName()));
      }
    }
    assertUniqueNames("instruments.tsv", gazetteer.instruments(), GazetteerDataTest::folded);
    assertThat(officialNames(gazetteer.instruments()))
        .containsEntry(
            "UNTS 2225/39574", "United Nations Convention against Transnational Organized Crime")
        .containsKeys("UNTS 2237/39574", "UNTS 2171/27531", "UNTS 266/3822", "UNTS 1249/20378")
        .containsKeys("UNTS 39/612", "UNTS 320/4648", "UNTS 2133/37245")
        .containsKey("instrument:protocol-of-2014-to-the-forced-labour-convention-1930");
  }

  @Test
  void clauseVerbsAreLowerCaseSortedUniqueAndAdverbFree() {
    assertLowerSortedUnique("clause-verbs.txt", gazetteer.clauseVerbs());
    assertThat(gazetteer.clauseVerbs())
        .contains("recalling", "taking note with appreciation", "reiterates its request", "urges");
    for (String verb : gazetteer.clauseVerbs()) {
      assertThat(Arrays.asList(verb.split(" ")))
          .as("adverbs are composed by the matcher: '%s'", verb)
          .doesNotContainAnyElementsOf(ADVERB_WORDS);
    }
  }

  @Test
  void clauseAdverbsAreLowerCaseSortedUnique() {
    assertLowerSortedUnique("clause-adverbs.txt", gazetteer.clauseAdverbs());
    assertThat(gazetteer.clauseAdverbs()).contains("also", "further", "again");
  }

  @Test
  void symbolSeriesAreUpperCaseSortedUnique() {
    assertThat(gazetteer.symbolSeries())
        .allMatch(s -> s.matches("[A-Z]+"))
        .isSorted()
        .doesNotHaveDuplicates()
        .contains("A", "E", "S", "ST", "CTOC");
  }

  private static void assertLowerSortedUnique(String file, List<String> phrases) {
    assertThat(phrases)
        .as(file)
        .allMatch(p -> p.equals(p.toLowerCase(Locale.ROOT)) && p.matches("[a-z]+( [a-z-]+)*"))
        .isSorted()
        .doesNotHaveDuplicates();
  }

  private static void assertUniqueNames(
      String file, List<GazetteerEntry> entries, Function<String, String> normal) {
    Map<String, List<String>> owners = new HashMap<>();
    for (GazetteerEntry entry : entries) {
      for (String name : entry.names()) {
        owners.computeIfAbsent(normal.apply(name), n -> new ArrayList<>()).add(entry.key());
      }
    }
    Map<String, List<String>> repeated =
        owners.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(repeated).as(file + ": names listed more than once").isEmpty();
  }

  private static List<String> keys(List<GazetteerEntry> entries) {
    return entries.stream().map(GazetteerEntry::key).toList();
  }

  private static Map<String, String> officialNames(List<GazetteerEntry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(GazetteerEntry::key, GazetteerEntry::officialName));
  }

  /** Case- and apostrophe-folded form, as the body and instrument matchers compare names. */
  static String folded(String name) {
    return name.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  /** The instrument-key slug: lower case, spaces to '-', other non-alphanumerics dropped. */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace(' ', '-').replaceAll("[^a-z0-9-]", "");
    return s.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
  }

  /** The raw lines of a gazetteer resource, decoded strictly as UTF-8. */
  static final class RawResource {
    private RawResource() {}

    static List<String> lines(String file) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(file)) {
        assertThat(in).as("resource %s on the class path", file).isNotNull();
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(in.readAllBytes()))
                .toString();
        assertThat(text)
            .as(file + ": no BOM, no CR")
            .doesNotStartWith("\uFEFF")
            .doesNotContain("\r");
        return List.of(text.split("\n"));
      } catch (CharacterCodingException e) {
        throw new AssertionError(file + " is not valid UTF-8", e);
      } catch (IOException e) {
        throw new AssertionError("cannot read " + file, e);
      }
    }

    static List<String> dataLines(String file) {
      return lines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    static String key(String line) {
      int tab = line.indexOf('\t');
      return tab < 0 ? line : line.substring(0, tab);
    }
  }
}
