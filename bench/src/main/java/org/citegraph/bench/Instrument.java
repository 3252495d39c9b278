package org.citegraph.bench;

/**
 * A treaty with its United Nations Treaty Series registration.
 *
 * @param volume the Treaty Series volume
 * @param number the registration number
 * @param name the name texts use
 */
record Instrument(int volume, int number, String name) {
  /** The KEYS.md key, {@code UNTS 2225/39574}. */
  String key() {
    return "UNTS " + volume + "/" + number;
  }

  /** True for the conventions of the International Labour Organization, named "(No. 29)". */
  boolean labourConvention() {
    return name.contains("(No. ");
  }
}
