package workbook.eventloop.asyncio;

import java.util.concurrent.Callable;

/**
 * A coroutine object: what calling an {@code async def} function returns in Python. It does
 * nothing until it is awaited (then it runs on the awaiting task's own stack, like
 * {@code yield from}: no hop, no suspension unless it blocks) or wrapped in a {@link Task}. One
 * that is neither is reported when the loop ends: {@code coroutine 'name' was never awaited}.
 */
public final class Coroutine<T> implements Awaitable<T> {

    private final String name;
    private final Callable<T> body;
    private final AsyncioLoop loop; // where it will be reported if never used; null outside a loop
    private boolean used;

    Coroutine(String name, Callable<T> body) {
        this.name = name;
        this.body = body;
        this.loop = AsyncioLoop.running();
        if (loop != null) {
            loop.created(this);
        }
    }

    /** The function's name, as Python's {@code __qualname__}: what the never-awaited warning shows. */
    public String name() {
        return name;
    }

    /** True once it was awaited or given to a task. */
    public boolean used() {
        return used;
    }

    /** Takes the body, once: a coroutine object runs at most once. */
    Callable<T> take() {
        if (used) {
            throw new IllegalStateException("cannot reuse already awaited coroutine '" + name + "'");
        }
        used = true;
        if (loop != null) {
            loop.used(this);
        }
        return body;
    }

    @Override
    public String toString() {
        return "<coroutine object " + name + ">";
    }
}
