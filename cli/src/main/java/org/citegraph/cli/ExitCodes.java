package org.citegraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns exceptions into exit codes: 0 success, 1 a failure (one clear line on
 * stderr, the stack trace only with {@code --verbose}), 2 a usage error (picocli's own).
 */
final class ExitCodes implements IExecutionExceptionHandler {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cli.getErr().println("citegraph: " + message);
    if (parsed.hasMatchedOption("--verbose")) {
      e.printStackTrace(cli.getErr());
    }
    return FAILED;
  }
}
