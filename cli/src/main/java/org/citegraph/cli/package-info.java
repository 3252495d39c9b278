/** The {@code citegraph} command: one picocli class per subcommand, kept thin. */
@NullMarked
package org.citegraph.cli;

import org.jspecify.annotations.NullMarked;
