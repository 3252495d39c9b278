package org.citegraph.extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.citegraph.extractor.gazetteer.Gazetteer;
import org.citegraph.extractor.model.Diagnostic;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.resolve.ReferenceResolver;
import org.citegraph.extractor.resolve.Registrations;
import org.citegraph.extractor.rules.DocumentSymbolRule;
import org.citegraph.extractor.rules.Identity;
import org.citegraph.extractor.rules.IdentityRule;
import org.citegraph.extractor.rules.Mention;
import org.citegraph.extractor.rules.NameRule;
import org.citegraph.extractor.rules.ResolutionRule;
import org.citegraph.extractor.rules.TreatySeriesRule;
import org.citegraph.extractor.text.ClauseVerbs;
import org.citegraph.extractor.text.Layout;
import org.citegraph.extractor.text.SourceDecoder;
import org.citegraph.extractor.text.Tokenizer;

/**
 * The one entry point of the extractor: a file (bytes or text) in, a {@link Document} with every
 * reference it makes out. The stages run in order: decode, lay out (header, clauses, footnotes and
 * their markers), find mentions (one rule per kind), read the document's identity, then resolve
 * each mention to a reference with its clause verb, paragraph and sentence. Thread-safe once built;
 * build one and share it.
 */
public final class Extractor {
  /** Written on every graph edge as provenance. */
  public static final String VERSION = "0.1.0";

  private final ClauseVerbs clauseVerbs;
  private final NameRule names;
  private final DocumentSymbolRule symbols;
  private final TreatySeriesRule treaties = new TreatySeriesRule();
  private final IdentityRule identities = new IdentityRule();

  public Extractor(Gazetteer gazetteer) {
    this.clauseVerbs = new ClauseVerbs(gazetteer.clauseVerbs(), gazetteer.clauseAdverbs());
    this.names = new NameRule(gazetteer);
    this.symbols = new DocumentSymbolRule(gazetteer.symbolSeries());
  }

  public static Extractor withDefaults() {
    return new Extractor(Gazetteer.loadDefault());
  }

  /** Reads and extracts a file; files over {@link SourceDecoder#MAX_BYTES} are refused unread. */
  public Document extract(Path file) throws IOException, UnreadableDocumentException {
    long size = Files.size(file);
    if (size > SourceDecoder.MAX_BYTES) {
      throw SourceDecoder.tooLarge(size);
    }
    return extract(file.getFileName().toString(), Files.readAllBytes(file));
  }

  public Document extract(String fileName, byte[] bytes) throws UnreadableDocumentException {
    return extract(fileName, SourceDecoder.decode(bytes), sha256(bytes));
  }

  /** Extracts text already decoded; the checksum is that of its UTF-8 encoding. */
  public Document extractText(String fileName, String text) {
    return extract(fileName, text, sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private Document extract(String fileName, String text, String checksum) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Layout layout = Layout.read(text, clauseVerbs);
    List<Mention> named = names.find(Tokenizer.tokens(layout, names.vocabulary()), text);
    Identity identity = identities.read(fileName, layout, named);
    List<Mention> symbolic = symbols.find(text, diagnostics);
    List<Mention> mentions = new ArrayList<>(withoutAuthor(named, layout, identity.body()));
    mentions.removeIf(name -> insideAny(name, symbolic)); // "HRC" in A/HRC/20/18
    mentions.addAll(new ResolutionRule(layout, named, identity.body(), diagnostics).find());
    mentions.addAll(symbolic);
    mentions.addAll(treaties.find(layout, diagnostics));
    List<Reference> references =
        new ReferenceResolver(layout)
            .resolve(Registrations.apply(layout, mentions), identity.key());
    return new Document(
        fileName,
        identity.key(),
        identity.kind(),
        identity.symbol(),
        identity.title(),
        identity.session(),
        identity.adopted(),
        identity.report(),
        identity.sponsors(),
        checksum,
        references,
        diagnostics);
  }

  /**
   * Names minus the body that enacts the document where the header and the enacting formula name it
   * ("General Assembly", "Resolution adopted by the General Assembly", "The General Assembly,"):
   * that is the document's author, not something it cites.
   */
  private static List<Mention> withoutAuthor(List<Mention> named, Layout layout, String body) {
    return named.stream()
        .filter(
            m ->
                m.kind() != RefKind.BODY
                    || !m.key().equals(body)
                    || m.span().start() >= layout.headerEnd())
        .toList();
  }

  private static boolean insideAny(Mention name, List<Mention> symbols) {
    for (Mention symbol : symbols) {
      if (symbol.span().contains(name.span())) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
