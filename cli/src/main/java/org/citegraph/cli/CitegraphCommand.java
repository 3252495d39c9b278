package org.citegraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code citegraph} command. Subcommands do the work. */
@Command(
    name = "citegraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns United Nations documents into a citation knowledge graph.",
    subcommands = {
      ExtractCommand.class,
      LoadCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      AnalyzeCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CitegraphCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** A command line wired with citegraph's exit-code and error handling. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CitegraphCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
