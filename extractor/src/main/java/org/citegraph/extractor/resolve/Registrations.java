package org.citegraph.extractor.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.rules.Mention;
import org.citegraph.extractor.text.Footnote;
import org.citegraph.extractor.text.Layout;
import org.citegraph.extractor.text.Marker;
import org.jspecify.annotations.Nullable;

/**
 * Joins instrument names to the Treaty Series footnotes their markers carry: in "the Slavery
 * Convention,4" with footnote 4 "League of Nations, Treaty Series, vol. 60, No. 1414", the name is
 * keyed {@code LNTS 60/1414} wherever the document uses it, and the footnote's reference is given
 * the name. A name the gazetteer already keys by registration keeps its key.
 */
public final class Registrations {
  // what may stand between a name and its marker: a comma, a blank, emphasis, a <sup> tag
  private static final Pattern GAP = Pattern.compile("[,*\\s]{0,3}(?:<sup>)?");

  private Registrations() {}

  public static List<Mention> apply(Layout layout, List<Mention> mentions) {
    Map<Integer, List<Mention>> treatiesByFootnote = new HashMap<>();
    for (Mention m : mentions) {
      Footnote footnote = layout.footnoteAt(m.span().start());
      if (m.kind() == RefKind.INSTRUMENT && footnote != null && m.name() == null) {
        treatiesByFootnote.computeIfAbsent(footnote.number(), n -> new ArrayList<>()).add(m);
      }
    }
    Map<Integer, Marker> markersByStart = new HashMap<>();
    layout.markers().forEach(marker -> markersByStart.put(marker.span().start(), marker));
    Map<String, String> rekeyed = new HashMap<>();
    Map<Mention, String> names = new HashMap<>();
    for (Mention m : mentions) {
      if (m.kind() != RefKind.INSTRUMENT || m.name() == null) {
        continue;
      }
      Marker marker = markerAfter(layout.text(), m.span().end(), markersByStart);
      List<Mention> treaties = marker == null ? null : treatiesByFootnote.get(marker.number());
      if (treaties != null && treaties.size() == 1) {
        names.put(treaties.get(0), m.name());
        if (m.key().startsWith("instrument:")) {
          rekeyed.put(m.key(), treaties.get(0).key());
        }
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String key =
          m.kind() == RefKind.INSTRUMENT ? rekeyed.getOrDefault(m.key(), m.key()) : m.key();
      String name = names.getOrDefault(m, m.name());
      out.add(new Mention(m.kind(), key, m.span(), m.date(), name));
    }
    return out;
  }

  /** The marker standing right after a name ("Convention,4", "Convention,<sup>4</sup>"). */
  private static @Nullable Marker markerAfter(String text, int end, Map<Integer, Marker> markers) {
    Matcher gap = GAP.matcher(text).region(end, Math.min(text.length(), end + 12));
    return gap.lookingAt() ? markers.get(gap.end()) : null;
  }
}
