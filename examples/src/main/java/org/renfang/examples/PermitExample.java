package org.renfang.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import org.renfang.model.PersonId;
import org.renfang.registry.RegistryView;
import org.renfang.validation.permit.PermitAssessment;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profiles;

/**
 * Answers the question a service counter gets: may this person apply for a residence permit
 * (居住证, or 港澳台居民居住证) today, and if not, from when? Foreigners and local residents are told
 * that no permit applies to them. The answer names the person by id only.
 *
 * <p>Run: {@code java … org.renfang.examples.PermitExample [PERSON-ID [DATE]]}; by default person
 * P11 of the sample on 2026-11-26.
 */
public final class PermitExample {

    private PermitExample() {
    }

    /**
     * Assesses a person of the sample registry under profile CN and prints the assessment.
     *
     * @param person the person id, not null
     * @param on     the day of the application, not null
     * @param locale the language of the text, not null
     * @param out    where the text goes, not null
     * @return the assessment, not null
     */
    public static PermitAssessment assess(String person, LocalDate on, Locale locale, PrintStream out) {
        RegistryView registry = Sample.registry();
        PermitAssessment a = ResidencePermits.assess(registry, PersonId.of(person), on, Profiles.load("CN"));
        out.print(a.toText(locale));
        if (!a.isEligible()) {
            out.println(a.earliestDate().map(d -> "eligible from " + d)
                    .orElse(a.permit().isPresent() ? "no date follows from the records"
                            : "no residence permit for this person here"));
        }
        return a;
    }

    /**
     * Runs the example.
     *
     * @param args an optional person id and date
     */
    public static void main(String[] args) {
        String person = args.length > 0 ? args[0] : "P11";
        LocalDate on = args.length > 1 ? LocalDate.parse(args[1]) : Sample.AS_OF;
        assess(person, on, Locale.SIMPLIFIED_CHINESE, System.out);
    }
}
