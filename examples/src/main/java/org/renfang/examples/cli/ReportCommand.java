package org.renfang.examples.cli;

import org.renfang.validation.Report;
import org.renfang.validation.profile.Profile;
import picocli.CommandLine.Mixin;

/**
 * The frame of the commands that print a {@link Report} ({@code check}, {@code validate}): what
 * the records are judged by, how the report is printed, and whose findings are shown.
 */
abstract class ReportCommand extends BaseCommand {
    @Mixin
    Options.Judgement judgement;
    @Mixin
    Options.Output output;
    @Mixin
    Options.ResponsibleOption responsible;

    /**
     * Prints the findings {@code --responsible} selects as {@code --format} asks.
     *
     * @param report  the whole report, not null
     * @param profile the profile the report was made under, not null
     */
    void print(Report report, Profile profile) {
        print(responsible.filter(report), output.format(), profile);
    }
}
