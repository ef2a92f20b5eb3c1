package org.renfang.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.renfang.RenfangException;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.rules.RuleContext;

/**
 * The rule stage of a whole-registry check: every indexed record (the first of each id) through
 * {@link RecordChecks}, in parts that run in parallel. Part {@code k} of {@code n} is a contiguous
 * slice of every collection; each part reports into its own context, and the findings are
 * joined in part order, so that the report does not depend on the number of parts.
 */
final class RegistryCheck {
    /** Records per part below which a registry is not split. */
    private static final int RECORDS_PER_PART = 10_000;

    private RegistryCheck() {
    }

    /**
     * Checks every indexed record of a registry.
     *
     * @param registry    the registry, not null
     * @param checks      the record stages, not null
     * @param parallelism the most parts, at least 1
     * @param executor    runs the parts when there are several; null for a pool of daemon threads
     *                    built for this call and shut down after it
     * @param newContext  makes the rule context of one part
     * @param checked     tells (by identity) whether a record's rules run
     * @return the findings of every part, in part order, not null
     */
    static List<Finding> run(Registry registry, RecordChecks checks, int parallelism, Executor executor,
            Supplier<RuleContext> newContext, Predicate<Object> checked) {
        RegistryDocument d = registry.document();
        int n = Math.max(1, Math.min(parallelism, d.size() / RECORDS_PER_PART));
        List<RuleContext> parts = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            parts.add(newContext.get());
        }
        if (n == 1) {
            part(registry, checks, 0, 1, parts.get(0), checked);
        } else if (executor != null) {
            onExecutor(registry, checks, parts, executor, checked);
        } else {
            onOwnPool(registry, checks, parts, checked);
        }
        List<Finding> findings = new ArrayList<>();
        for (RuleContext ctx : parts) {
            findings.addAll(ctx.findings());
        }
        return findings;
    }

    private static void onExecutor(Registry registry, RecordChecks checks, List<RuleContext> parts,
            Executor executor, Predicate<Object> checked) {
        int n = parts.size();
        List<CompletableFuture<Void>> futures = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int part = k;
            futures.add(CompletableFuture.runAsync(() -> part(registry, checks, part, n, parts.get(part), checked), executor));
        }
        try {
            for (CompletableFuture<Void> f : futures) {
                f.join();
            }
        } catch (CompletionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static void onOwnPool(Registry registry, RecordChecks checks, List<RuleContext> parts,
            Predicate<Object> checked) {
        int n = parts.size();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "renfang-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int part = k;
                futures.add(pool.submit(() -> part(registry, checks, part, n, parts.get(part), checked)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenfangException("check interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException rethrow(Throwable c) {
        if (c instanceof RuntimeException) {
            throw (RuntimeException) c;
        }
        if (c instanceof Error) {
            throw (Error) c;
        }
        return new RenfangException("check failed", c);
    }

    /** Runs part {@code part} of {@code parts}: a contiguous slice of every collection. */
    private static void part(Registry registry, RecordChecks checks, int part, int parts, RuleContext ctx,
            Predicate<Object> checked) {
        for (RecordType type : RecordType.values()) {
            List<? extends Record<?>> records = type.records(registry.document());
            int from = (int) ((long) records.size() * part / parts);
            int to = (int) ((long) records.size() * (part + 1) / parts);
            for (int i = from; i < to; i++) {
                Record<?> r = records.get(i);
                // a record is indexed unless an earlier record of its collection has the same id
                if (registry.isIndexed(type, i) && checked.test(r)) {
                    checks.run(type, r, registry.pointer(type, i), ctx);
                }
            }
        }
    }
}
