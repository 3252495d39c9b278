package org.citegraph.graph.embedded;

import org.jspecify.annotations.Nullable;

/** The in-process server could not start; the message says why, in one line, for a user. */
public final class EmbeddedServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmbeddedServerException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
