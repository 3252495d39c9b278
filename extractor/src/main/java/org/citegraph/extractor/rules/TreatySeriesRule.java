package org.citegraph.extractor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.Diagnostic;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Span;
import org.citegraph.extractor.text.Footnote;
import org.citegraph.extractor.text.Layout;

/**
 * Instruments cited by their registration: "United Nations, Treaty Series, vol. 2225, No. 39574"
 * gives {@code UNTS 2225/39574} (the League of Nations series gives {@code LNTS ...}), and "Ibid.,
 * vol. 2237, No. 39574" in footnote n repeats the series of footnote n-1, and only that one: when
 * footnote n-1 cited no series, the Ibid. cites nothing (reported).
 */
public final class TreatySeriesRule {
  // "United Nations, Treaty Series, vol. 2225, No. 39574", "*Treaty Series*"
  private static final Pattern SERIES =
      Pattern.compile(
          "(United Nations|League of Nations),?\\s*[*_]?Treaty Series[*_]?,\\s*vol\\.\\s*(\\d{1,5}),\\s*No\\.\\s*(\\d{1,6})");
  // "Ibid., vol. 2237, No. 39574"
  private static final Pattern IBID =
      Pattern.compile("\\b[*_]?Ibid\\.[*_]?,\\s*vol\\.\\s*(\\d{1,5}),\\s*No\\.\\s*(\\d{1,6})");
  // "; and vol. 2237, No. 39574" after a series citation in the same footnote
  private static final Pattern MORE =
      Pattern.compile("\\G[;,]?\\s*(?:and\\s+)?(vol\\.\\s*(\\d{1,5}),\\s*No\\.\\s*(\\d{1,6}))");

  public List<Mention> find(Layout layout, List<Diagnostic> diagnostics) {
    String text = layout.text();
    List<Mention> found = new ArrayList<>();
    Map<Integer, String> seriesOfFootnote = new HashMap<>();
    Matcher series = SERIES.matcher(text);
    for (int at = text.indexOf("Treaty Series");
        at >= 0;
        at = text.indexOf("Treaty Series", at + 1)) {
      // the series name stands at most a few characters before the words "Treaty Series"
      series.region(Math.max(0, at - 20), Math.min(text.length(), at + 80));
      if (!series.find() || series.start() > at) {
        continue;
      }
      at = series.end();
      String prefix = series.group(1).startsWith("United") ? "UNTS " : "LNTS ";
      found.add(mention(prefix, series.group(2), series.group(3), series.start(), series.end()));
      Footnote footnote = layout.footnoteAt(series.start());
      if (footnote != null) {
        seriesOfFootnote.put(footnote.number(), prefix);
      }
      Matcher more = MORE.matcher(text).region(series.end(), text.length());
      // lookingAt, not find: \G holds only at the region's start, and find would try (and fail
      // at) every later offset up to the end of the text
      while (more.lookingAt()) {
        found.add(mention(prefix, more.group(2), more.group(3), more.start(1), more.end(1)));
        more.region(more.end(), text.length());
      }
    }
    List<Footnote> byNumber = new ArrayList<>(layout.footnotes());
    byNumber.sort(Comparator.comparingInt(Footnote::number));
    for (Footnote footnote : byNumber) {
      Matcher ibid = IBID.matcher(text).region(footnote.body().start(), footnote.body().end());
      if (!ibid.lookingAt() && !ibid.find()) {
        continue;
      }
      String prefix = seriesOfFootnote.get(footnote.number() - 1);
      if (prefix == null) {
        diagnostics.add(
            new Diagnostic(
                "footnote "
                    + footnote.number()
                    + ": Ibid. follows a footnote with no Treaty Series",
                new Span(ibid.start(), ibid.end())));
        continue;
      }
      seriesOfFootnote.put(footnote.number(), prefix);
      found.add(mention(prefix, ibid.group(1), ibid.group(2), ibid.start(), ibid.end()));
    }
    return found;
  }

  private static Mention mention(String prefix, String volume, String number, int start, int end) {
    return Mention.of(RefKind.INSTRUMENT, prefix + volume + "/" + number, new Span(start, end));
  }
}
