package workbook.pitfalls;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A future of an {@link EventLoop}: a {@link CompletableFuture} that refuses to block the loop.
 *
 * <p>In JavaScript {@code await} outside an {@code async} function is a syntax error. Java has no
 * such rule, so this future checks at run time: {@code join()} or {@code get()} on the loop's own
 * thread, while the future is not done yet, throws {@link BlockingTheLoopException} at once instead
 * of waiting forever. Stages chained on it are loop futures too, and their async variants run on the loop.
 */
public final class LoopFuture<T> extends CompletableFuture<T> {

    private final EventLoop loop;

    LoopFuture(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new LoopFuture<>(loop);
    }

    @Override
    public Executor defaultExecutor() {
        return loop;
    }

    // tag::refuse[]
    @Override
    public T join() {
        refuseToBlockTheLoop("join()");
        return super.join();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        refuseToBlockTheLoop("get()");
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        refuseToBlockTheLoop("get(timeout)");
        return super.get(timeout, unit);
    }

    private void refuseToBlockTheLoop(String call) {
        if (!isDone() && loop.inLoop()) { // only the loop can complete it, and the loop would be waiting
            throw new BlockingTheLoopException(call, loop.thread().getName());
        }
    }
    // end::refuse[]
}
