package org.renfang.validation.finding;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.RecordId;

/**
 * Who must act on a finding: a {@link Role}, and the party's record ({@code person:P5},
 * {@code organization:O2}) where the records name one.
 *
 * <p>Also a filter: {@link #parse(String)} reads {@code ROLE} or {@code ROLE:person:ID} /
 * {@code ROLE:organization:ID}, and {@link #covers(Responsible)} tells whether a finding's
 * responsible party is one the filter selects.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param role  the role, not null
 * @param party the party's record as {@code person:ID} or {@code organization:ID}, or empty when the
 *              records name none; not null
 */
public record Responsible(Role role, Optional<String> party) {

    /**
     * Checks the components.
     *
     * @param role  the role, not null
     * @param party the party's record as {@code person:ID} or {@code organization:ID}, or empty; not null
     * @throws IllegalArgumentException if the party is neither {@code person:…} nor {@code organization:…}
     */
    public Responsible {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(party, "party");
        if (party.isPresent() && !party.get().startsWith("person:") && !party.get().startsWith("organization:")) {
            throw new IllegalArgumentException("the party must be person:ID or organization:ID");
        }
    }

    /**
     * Obtains a role without a named party.
     *
     * @param role the role, not null
     * @return the responsible party, not null
     */
    public static Responsible of(Role role) {
        return new Responsible(role, Optional.empty());
    }

    /**
     * Obtains a role with the party's record.
     *
     * @param role  the role, not null
     * @param party the party's record id (person or organization), or null when the records name none
     * @return the responsible party, not null
     */
    public static Responsible of(Role role, RecordId party) {
        return new Responsible(role, party == null ? Optional.empty() : Optional.of(party.subject()));
    }

    /**
     * Obtains a role with a party record.
     *
     * @param role  the role, not null
     * @param party the party, or null when the records name none
     * @return the responsible party, not null
     */
    public static Responsible of(Role role, Party party) {
        return of(role, party == null ? null : party.id());
    }

    /**
     * Parses {@code ROLE} or {@code ROLE:person:ID} / {@code ROLE:organization:ID}.
     *
     * @param text the text, not null
     * @return the responsible party, not null
     * @throws IllegalArgumentException if the role is unknown or the party is not {@code person:ID} or
     *                                  {@code organization:ID} with a valid id
     */
    public static Responsible parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        String roleText = colon < 0 ? text : text.substring(0, colon);
        Role role;
        try {
            role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role; expected one of " + java.util.Arrays.toString(Role.values()));
        }
        if (colon < 0) {
            return of(role);
        }
        String party = text.substring(colon + 1);
        try {
            if (party.startsWith("person:")) {
                return of(role, PersonId.of(party.substring("person:".length())));
            }
            if (party.startsWith("organization:")) {
                return of(role, OrganizationId.of(party.substring("organization:".length())));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the party's id is not a valid id");
        }
        throw new IllegalArgumentException("the party must be person:ID or organization:ID");
    }

    /**
     * Returns whether this, used as a filter, selects a finding's responsible party: the roles are
     * equal and, where this names a party, the parties are equal.
     *
     * @param finding the finding's responsible party, not null
     * @return true if selected
     */
    public boolean covers(Responsible finding) {
        return role == finding.role && (party.isEmpty() || party.equals(finding.party));
    }

    /** @return {@code ROLE} or {@code ROLE:kind:id}, the form {@link #parse} reads */
    @Override
    public String toString() {
        return party.isEmpty() ? role.name() : role.name() + ":" + party.get();
    }
}
