package org.citegraph.extractor;

/**
 * A file that cannot be read as a document at all: empty, binary (a PDF or ZIP renamed {@code
 * .txt}), undecodable or too large. The message is one line, fit for a user, naming the reason.
 */
public final class UnreadableDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableDocumentException(String reason) {
    super(reason);
  }
}
