package org.citegraph.bench;

/**
 * A footnote of a generated document.
 *
 * @param number its number, from 1 in the order of first use
 * @param text its text, without the number
 * @param treatySeries whether it is a Treaty Series footnote ({@code vol. 2225, No. 39574})
 * @param ibid whether it repeats the series of the footnote before it ({@code Ibid., vol. ...})
 */
record Footnote(int number, String text, boolean treatySeries, boolean ibid) {
  /** The text with the Treaty Series title in the plain form or in markdown italics. */
  String text(boolean markdown) {
    if (!treatySeries || ibid || !markdown) {
      return text;
    }
    return text.replace("Treaty Series", "*Treaty Series*");
  }
}
