package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.renfang.id.CreditCodeReason;
import org.renfang.id.CreditCodes;
import org.renfang.id.IdCheck;
import org.renfang.id.IdNumbers;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Organization;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.registry.DocumentKey;
import org.renfang.validation.finding.RuleCode;

/**
 * Identity rules: ID_NUMBER_INVALID, ID_BIRTHDATE_MISMATCH, PERSON_DUPLICATE_DOCUMENT and
 * ORG_CREDIT_CODE_INVALID.
 *
 * <ul>
 * <li>ID_NUMBER_INVALID: each document number is checked for its type with
 *     {@link IdNumbers#check} as of the as-of date (an encoded birth date after it is invalid).
 *     Path {@code /persons/i/documents/j}; params {@code person}, {@code document} (the index j),
 *     {@code type}, {@code reason} (an {@link org.renfang.id.IdReason} name).</li>
 * <li>ID_BIRTHDATE_MISMATCH: the person's {@code birthDate} differs from the birth date a
 *     valid document encodes (resident ids, HMT permits, 2023 permanent-residence cards). Path
 *     {@code /persons/i/birthDate}, one finding per disagreeing document; params {@code person},
 *     {@code document}, {@code type}. The dates themselves are never put in params: birth dates
 *     are personal data.</li>
 * <li>PERSON_DUPLICATE_DOCUMENT: another person record holds a document of the same type and
 *     number (after {@link DocumentKey#normalize}: trimmed, upper case). For PASSPORT and OTHER
 *     documents, two documents whose issuing countries are both given and differ are different
 *     documents (numbers are unique only per issuing state); a missing country matches any.
 *     Reported once per pair of persons, by the one {@link RuleContext#carries} picks in id order,
 *     at its first matching document {@code /persons/i/documents/j}; params {@code person},
 *     {@code document}, {@code type}, {@code other}; subjects the carrier, then the other.</li>
 * <li>ORG_CREDIT_CODE_INVALID: a present {@code creditCode} fails the GB 32100 check. Path
 *     {@code /organizations/i/creditCode}; params {@code organization}, {@code reason} (a
 *     {@link CreditCodeReason} name).</li>
 * </ul>
 *
 * <p>Judgements: a number is checked exactly as written (the check does not trim or upper-case:
 * a registry stores what the document shows); the duplicate check compares normalized numbers,
 * so {@code " x123 "} and {@code "X123"} on two persons is a duplicate; the same document twice on
 * one person record is not a duplicate of another person and is left alone; a document whose
 * number is invalid still takes part in the duplicate check, since two persons sharing one
 * mistyped number is a second, separate problem.
 *
 * <p>This class is immutable and thread-safe.
 */
final class IdentityRules implements RuleFamily {

    private static final Comparator<Person> BY_ID = Comparator.comparing(Person::id);

    @Override
    public void person(Person person, String path, RuleContext ctx) {
        boolean numbers = ctx.isOn(RuleCode.ID_NUMBER_INVALID);
        boolean births = ctx.isOn(RuleCode.ID_BIRTHDATE_MISMATCH) && person.birthDate().isPresent();
        boolean duplicates = ctx.isOn(RuleCode.PERSON_DUPLICATE_DOCUMENT);
        if (!numbers && !births && !duplicates) {
            return;
        }
        List<IdentityDocument> documents = person.documents();
        Set<PersonId> reported = null;
        for (int j = 0; j < documents.size(); j++) {
            IdentityDocument d = documents.get(j);
            if (births) {
                IdCheck check = IdNumbers.check(d.type(), d.number(), ctx.asOf());
                if (!check.isValid()) {
                    invalid(person, d, j, check, path, numbers, ctx);
                } else {
                    LocalDate encoded = check.birthDate().orElse(null);
                    if (encoded != null && !encoded.equals(person.birthDate().get())) {
                        ctx.report(RuleCode.ID_BIRTHDATE_MISMATCH, path + "/birthDate",
                                List.of(person.id().subject()),
                                RuleParams.of().and("person", person.id().value()).and("document", j)
                                        .and("type", d.type()).map());
                    }
                }
            } else if (numbers && !IdNumbers.isValid(d.type(), d.number(), ctx.asOf())) {
                invalid(person, d, j, IdNumbers.check(d.type(), d.number(), ctx.asOf()), path, true, ctx);
            }
            if (duplicates) {
                reported = duplicates(person, d, j, path, reported, ctx);
            }
        }
    }

    private static void invalid(Person person, IdentityDocument d, int j, IdCheck check, String path, boolean on,
            RuleContext ctx) {
        if (on) {
            ctx.report(RuleCode.ID_NUMBER_INVALID, path + "/documents/" + j, List.of(person.id().subject()),
                    RuleParams.of().and("person", person.id().value()).and("document", j).and("type", d.type())
                            .and("reason", check.reason()).map());
        }
    }

    /** Reports the persons sharing document {@code d}; returns the others reported so far. */
    private static Set<PersonId> duplicates(Person person, IdentityDocument d, int j, String path,
            Set<PersonId> reported, RuleContext ctx) {
        if (d.number().isBlank()) {
            return reported;
        }
        List<Person> holders = ctx.view().personsWithDocument(d.type(), d.number());
        if (holders.size() < 2 && (holders.isEmpty() || holders.get(0).id().equals(person.id()))) {
            return reported;
        }
        String number = DocumentKey.normalize(d.number());
        boolean foreign = d.type() == DocumentType.PASSPORT || d.type() == DocumentType.OTHER;
        for (int h = 0; h < holders.size(); h++) {
            Person other = holders.get(h);
            if (other.id().equals(person.id())) {
                continue;
            }
            if (reported != null && reported.contains(other.id())) {
                continue;
            }
            if (foreign && !sameDocument(d, number, other)) {
                continue;
            }
            if (!ctx.carries(person, other, BY_ID)) {
                continue;
            }
            if (reported == null) {
                reported = new HashSet<>();
            }
            reported.add(other.id());
            String at = path + "/documents/" + j;
            ctx.report(RuleCode.PERSON_DUPLICATE_DOCUMENT, at,
                    List.of(person.id().subject(), other.id().subject()),
                    RuleParams.of().and("person", person.id().value()).and("document", j).and("type", d.type())
                            .and("other", other.id().value()).map());
            if (ctx.isFull(RuleCode.PERSON_DUPLICATE_DOCUMENT, at)) {
                break;
            }
        }
        return reported;
    }

    /** Whether another person holds a PASSPORT/OTHER document with this number and no conflicting country. */
    private static boolean sameDocument(IdentityDocument d, String number, Person other) {
        String country = d.country().orElse(null);
        for (IdentityDocument o : other.documents()) {
            if (o.type() != d.type() || !DocumentKey.normalize(o.number()).equals(number)) {
                continue;
            }
            if (country == null || o.country().isEmpty() || o.country().get().equals(country)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void organization(Organization organization, String path, RuleContext ctx) {
        if (organization.creditCode().isEmpty() || !ctx.isOn(RuleCode.ORG_CREDIT_CODE_INVALID)) {
            return;
        }
        CreditCodeReason reason = CreditCodes.check(organization.creditCode().get());
        if (reason != CreditCodeReason.OK) {
            ctx.report(RuleCode.ORG_CREDIT_CODE_INVALID, path + "/creditCode", List.of(organization.id().subject()),
                    RuleParams.of().and("organization", organization.id().value()).and("reason", reason).map());
        }
    }
}
