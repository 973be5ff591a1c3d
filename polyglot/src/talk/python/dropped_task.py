"""A task that fails and is dropped: asyncio only logs "Task exception was never retrieved", and the program
goes on to exit with status 0. A coroutine never awaited does not run at all: Python warns, nothing more."""
import asyncio
import gc


async def send_welcome(person: str) -> None:
    print(f"  sending the welcome mail to {person}")
    await asyncio.sleep(0)
    raise OSError("mail server down")


async def main() -> None:
    print("A coroutine called without await:")
    send_welcome("Guido van Rossum")  # never awaited: its body never runs
    print("A task created and dropped:")
    asyncio.create_task(send_welcome("Guido van Rossum"))  # runs, fails, and nobody asks
    await asyncio.sleep(0.01)
    gc.collect()  # the dropped task is collected: asyncio logs its lost exception now
    print("main ends normally")


asyncio.run(main())
