package org.renfang.examples.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.renfang.label.LabelVerifier;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.registry.Registry;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.rating.PremisesRating;
import org.renfang.validation.rating.PremisesRatings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code renfang rating}: the compliance rating (星级评定, 1–5 stars) of one premises or of all.
 * It rates premises, never people.
 */
@Command(name = "rating", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Rate premises' compliance (星级评定, 1 to 5 stars) over the year up to the as-of date.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rated", "1:the premises is not in the registry", "2:usage error, unreadable file"})
final class RatingCommand extends BaseCommand {
    @Mixin
    Options.RegistryFile registry;

    @Option(names = "--premises", paramLabel = "ID", converter = Converters.Premises.class,
            description = "The premises to rate (default: all, as a JSON array with --format json).")
    PremisesId premises;

    @Mixin
    Options.Judgement judgement;
    @Mixin
    Options.Output output;

    @Override
    int run() throws IOException {
        Profile p = judgement.profile.resolve(env());
        LocalDate day = judgement.asOf.resolve(env());
        LabelVerifier verifier = judgement.keys.verifier(env());
        Registry r = readRegistry(registry.file).registry();
        List<PremisesRating> ratings = new ArrayList<>();
        if (premises != null) {
            ratings.add(PremisesRatings.rate(r, premises, day, p, verifier));
        } else {
            Set<PremisesId> ids = new LinkedHashSet<>();
            for (Premises each : r.document().premises()) {
                ids.add(each.id());
            }
            for (PremisesId id : ids) {
                ratings.add(PremisesRatings.rate(r, id, day, p, verifier));
            }
        }
        if (output.format() == OutputFormat.JSON && premises == null) {
            jsonArray(ratings);
        } else {
            for (int i = 0; i < ratings.size(); i++) {
                if (i > 0) {
                    out().println();
                }
                PremisesRating rating = ratings.get(i);
                print(output.format(), rating::writeJson, rating::toText);
            }
        }
        for (PremisesRating rating : ratings) {
            if (rating.status() != PremisesRating.Status.RATED) {
                return RenfangCommand.EXIT_INVALID;
            }
        }
        return RenfangCommand.EXIT_OK;
    }

    /** All premises with {@code --format json}: the ratings as one JSON array. */
    private void jsonArray(List<PremisesRating> ratings) throws IOException {
        try (WriterOutputStream w = new WriterOutputStream(out())) {
            out().print('[');
            for (int i = 0; i < ratings.size(); i++) {
                out().print(i == 0 ? "\n" : ",\n");
                ratings.get(i).writeJson(w, lang().locale());
                w.flush();
            }
            out().print("]\n");
        }
        out().flush();
    }
}
