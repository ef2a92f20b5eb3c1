package org.renfang.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code renfang label}: door labels (门牌二维码) — {@code keygen}, {@code issue}, {@code read}.
 */
@Command(name = "label", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Door labels (门牌二维码): generate keys, issue labels, read and verify them.",
        subcommands = {LabelKeygenCommand.class, LabelIssueCommand.class, LabelReadCommand.class})
final class LabelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /**
     * Without a subcommand: a usage error.
     *
     * @return never returns normally
     * @throws ParameterException always
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: keygen, issue or read");
    }
}
