# cancel() throws CancelledError in at the await where the task is suspended; its finally still runs.
import asyncio


async def worker():
    try:
        print("worker sleeps")
        await asyncio.sleep(1)
        print("worker woke up")
    except asyncio.CancelledError:
        print("worker: CancelledError at the await")
        raise
    finally:
        print("worker: finally runs")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("main cancels")
    task.cancel()
    print("cancel() returned; nothing has run yet")
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task is " + ("cancelled" if task.cancelled() else "not cancelled"))


asyncio.run(main())
