"""Never awaited: a coroutine called but not awaited never runs, and a task nobody awaits loses its error."""
import asyncio
import gc


async def send_welcome(person: str) -> None:
    await asyncio.sleep(0)
    raise OSError("mail server down")


async def register_and_forget(person: str) -> str:
    send_welcome(person)  # never awaited: the mail is not even sent (Python warns on stderr)
    asyncio.create_task(send_welcome(person))  # sent, but its task is dropped: nobody will see it fail
    return f"Registered {person}"


async def register(person: str) -> str:
    await send_welcome(person)  # awaited: its failure is ours
    return f"Registered {person}"


def report_lost(loop, context) -> None:
    # asyncio calls this when a failed task is collected unread ("Task exception was never retrieved")
    print(f"  lost: the welcome mail failed with '{context['exception']}', and nobody looked")


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report_lost)
    print("The mistake: the welcome mail is never awaited")
    print("  " + await register_and_forget("Guido van Rossum"))
    await asyncio.sleep(0.01)
    gc.collect()
    print("The fix: the registration awaits the mail")
    try:
        print("  " + await register("Guido van Rossum"))
    except OSError as error:
        print(f"  registration failed: {error}")


asyncio.run(main())
