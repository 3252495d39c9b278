package org.citegraph.bench;

/**
 * A Member State as the generator names it.
 *
 * @param iso3 the ISO 3166-1 alpha-3 code, its KEYS.md key
 * @param name the short name ({@code Russian Federation})
 * @param article whether running text puts "the" before the name
 */
record MemberState(String iso3, String name, boolean article) {
  /** The name as running text writes it after "Government of": {@code the Russian Federation}. */
  String inText() {
    return article ? "the " + name : name;
  }
}
