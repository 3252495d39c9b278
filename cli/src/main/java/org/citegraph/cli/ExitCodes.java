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
    if (verbose(parsed)) {
      e.printStackTrace(cli.getErr());
    }
    return FAILED;
  }

  /** True when {@code --verbose} was given to the command or to any of its subcommands. */
  static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
