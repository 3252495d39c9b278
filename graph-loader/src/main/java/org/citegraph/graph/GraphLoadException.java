package org.citegraph.graph;

/**
 * The graph could not be written: the server is unreachable, refused the credentials, or failed in
 * a way that no single document explains. The message is one line, fit for a user; the driver's
 * exception is kept as the cause.
 */
public final class GraphLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GraphLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
