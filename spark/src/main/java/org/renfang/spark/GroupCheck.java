package org.renfang.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.json.BinaryRecords;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;

/**
 * Runs the rule engine on a batch of neighbourhoods of one kind: an in-memory {@link Registry} of
 * their records (read back from their binary form), owned ones first in each collection; the rules
 * run on the owned records only, against all of them (context records are read, not checked); a
 * finding is kept when the record that carries it (the one its path points into) is owned and
 * {@link Neighbourhood#owner} gives this neighbourhood for the rule, and its path is rewritten to
 * the record's position in its dataset.
 */
final class GroupCheck {
    private static final RecordType[] KINDS = RecordType.values();

    private GroupCheck() {
    }

    /**
     * Checks a batch of neighbourhoods.
     *
     * @param kind      the neighbourhood kind, not null
     * @param records   its records, owned and context, in any order, a record possibly twice, not null
     * @param validator the validator, not null
     * @param asOf      the as-of date, not null
     * @return the findings it owns, not null
     */
    static List<FindingRow> run(Neighbourhood kind, Iterable<Held> records, Validator validator, LocalDate asOf) {
        List<List<Held>> byKind = new ArrayList<>(KINDS.length);
        for (int i = 0; i < KINDS.length; i++) {
            byKind.add(new ArrayList<>());
        }
        boolean anyOwned = false;
        for (Held h : records) {
            byKind.get(h.rec.kind.ordinal()).add(h);
            anyOwned |= h.owned;
        }
        if (!anyOwned) {
            return List.of();
        }
        long[][] ordinals = new long[KINDS.length][];
        int[] ownedCount = new int[KINDS.length];
        ImmutableRegistryDocument.Builder document = RegistryDocument.registry();
        Comparator<Held> order = Comparator.<Held, Boolean>comparing(h -> !h.owned)
                .thenComparingLong(h -> h.rec.ordinal);
        for (RecordType t : KINDS) {
            List<Held> list = byKind.get(t.ordinal());
            list.sort(order);
            Set<String> ids = new HashSet<>();
            List<Record<?>> unique = new ArrayList<>(list.size());
            long[] ords = new long[list.size()]; // the first unique.size() are used
            for (Held h : list) {
                if (ids.add(h.rec.id)) {
                    ords[unique.size()] = h.rec.ordinal;
                    unique.add((Record<?>) BinaryRecords.read(t.type(), h.rec.bytes));
                    if (h.owned) {
                        ownedCount[t.ordinal()]++;
                    }
                }
            }
            ordinals[t.ordinal()] = ords;
            t.set(document, unique);
        }
        Registry registry = Registry.of(document.build());
        // The rules run on the owned records only; context records are there to be read (their
        // own findings come from the neighbourhood that owns them).
        Set<Object> owned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RecordType t : KINDS) {
            List<? extends org.renfang.model.Record<?>> list = t.records(registry.document());
            owned.addAll(list.subList(0, Math.min(ownedCount[t.ordinal()], list.size())));
        }
        Report report = validator.check(registry, asOf, owned::contains);
        List<FindingRow> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            String path = f.path();
            int a = path.indexOf('/', 1);
            if (!path.startsWith("/") || a < 0) {
                continue;
            }
            RecordType t = type(path.substring(1, a));
            if (t == null) {
                continue;
            }
            int b = path.indexOf('/', a + 1);
            String index = b < 0 ? path.substring(a + 1) : path.substring(a + 1, b);
            int i;
            try {
                i = Integer.parseInt(index);
            } catch (NumberFormatException e) {
                continue;
            }
            if (i >= ownedCount[t.ordinal()] || Neighbourhood.owner(t, f.rule()) != kind) {
                continue;
            }
            String rewritten = "/" + t.jsonName() + "/" + ordinals[t.ordinal()][i] + (b < 0 ? "" : path.substring(b));
            out.add(new FindingRow(f, rewritten));
        }
        return out;
    }

    private static RecordType type(String jsonName) {
        for (RecordType t : KINDS) {
            if (t.jsonName().equals(jsonName)) {
                return t;
            }
        }
        return null;
    }
}
