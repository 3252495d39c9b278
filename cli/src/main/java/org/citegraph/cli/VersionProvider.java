package org.citegraph.cli;

import org.citegraph.extractor.Extractor;
import picocli.CommandLine.IVersionProvider;

/** Prints the extractor version, which is also written on every graph edge. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"citegraph " + Extractor.VERSION};
  }
}
