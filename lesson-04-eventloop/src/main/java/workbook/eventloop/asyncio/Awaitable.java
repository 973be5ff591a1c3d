package workbook.eventloop.asyncio;

/** What {@code await} takes under asyncio's rules: a {@link Future} (a {@link Task} is one) or a {@link Coroutine}. */
public sealed interface Awaitable<T> permits Future, Coroutine {
}
