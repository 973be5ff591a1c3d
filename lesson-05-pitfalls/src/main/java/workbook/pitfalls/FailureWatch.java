package workbook.pitfalls;

import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Notices failed futures that nobody looked at: Python's "Task exception was never retrieved", for Java.
 *
 * <p>A {@link CompletableFuture} that fails keeps its exception to itself until someone asks. If it was
 * dropped, nobody ever does, and the failure vanishes without a trace. Futures handed to
 * {@link #watch} are tracked: looking at the outcome ({@code join}, {@code get}, {@code resultNow},
 * {@code exceptionNow}) or chaining any stage on them ({@code thenApply}, {@code exceptionally},
 * {@code handle}, {@code whenComplete}, …) counts as observing. A failure never observed is reported
 * when the watched future is garbage-collected, or when the watch closes (the end of its scope),
 * whichever comes first, and only once. Static combinators such as {@code allOf} read a result without
 * telling anyone, so a future passed only to them counts as dropped.
 */
public final class FailureWatch implements AutoCloseable {

    private static final Cleaner COLLECTOR = Cleaner.create();

    /** What the watch knows of one future; it must not point at the future, or it could never be collected. */
    private static final class Record {
        final String name;
        final CountDownLatch settled = new CountDownLatch(1);
        final AtomicBoolean observed = new AtomicBoolean();
        final AtomicBoolean reported = new AtomicBoolean();
        volatile Throwable failure;

        Record(String name) {
            this.name = name;
        }
    }

    private final Consumer<String> report;
    private final Duration patience;
    private final List<Record> records = new ArrayList<>();

    /** Reports to {@code report}; closing waits up to 5 s for watched futures still running. */
    public FailureWatch(Consumer<String> report) {
        this(report, Duration.ofSeconds(5));
    }

    /** Reports to {@code report}; closing waits up to {@code patience} for watched futures still running. */
    public FailureWatch(Consumer<String> report, Duration patience) {
        this.report = report;
        this.patience = patience;
    }

    // tag::watch[]
    /** A future that completes as {@code future} does, and reports its failure if nobody observes it. */
    public <T> CompletableFuture<T> watch(String name, CompletableFuture<T> future) {
        Record record = new Record(name);
        synchronized (records) {
            records.add(record);
        }
        Watched<T> watched = new Watched<>(record);
        future.whenComplete((value, failure) -> {
            record.failure = failure;
            record.settled.countDown();
            if (failure == null) {
                watched.complete(value);
            } else {
                watched.completeExceptionally(failure);
            }
        });
        COLLECTOR.register(watched, () -> reportIfUnobserved(record, "was garbage-collected"));
        return watched;
    }
    // end::watch[]

    /** The end of the scope: waits for the futures still running, then reports every failure nobody observed. */
    @Override
    public void close() {
        List<Record> all;
        synchronized (records) {
            all = List.copyOf(records);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        for (Record record : all) {
            try {
                if (!record.settled.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    report.accept("still running when its scope closed: '%s' (its outcome will never be seen)"
                            .formatted(record.name));
                    continue;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            reportIfUnobserved(record, "was left behind when its scope closed");
        }
    }

    private void reportIfUnobserved(Record record, String when) {
        if (record.failure != null && !record.observed.get() && record.reported.compareAndSet(false, true)) {
            report.accept("never observed: '%s' failed with %s, and %s without anyone looking at it"
                    .formatted(record.name, describe(record.failure), when));
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.toString();
    }

    /** The future the caller gets: every way of looking at it, or chaining on it, counts as observing. */
    private static final class Watched<T> extends CompletableFuture<T> {
        private final Record record;

        Watched(Record record) {
            this.record = record;
        }

        private void observe() {
            record.observed.set(true);
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            observe(); // a chained stage receives the failure: from now on it is that stage's business
            return new CompletableFuture<>();
        }

        @Override
        public T join() {
            observe();
            return super.join();
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            observe();
            return super.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            observe();
            return super.get(timeout, unit);
        }

        @Override
        public T getNow(T valueIfAbsent) {
            observe();
            return super.getNow(valueIfAbsent);
        }

        @Override
        public T resultNow() {
            observe();
            return super.resultNow();
        }

        @Override
        public Throwable exceptionNow() {
            observe();
            return super.exceptionNow();
        }
    }
}
