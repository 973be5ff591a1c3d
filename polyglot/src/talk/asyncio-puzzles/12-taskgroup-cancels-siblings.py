# TaskGroup (3.11): the first failure cancels the siblings and the body; the errors come out together.
import asyncio


async def fails_soon():
    await asyncio.sleep(0.01)
    raise ValueError("first failure")


async def slow(name):
    try:
        await asyncio.sleep(1)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("sibling"))
            tg.create_task(fails_soon())
            print("body waits")
            await asyncio.sleep(1)
            print("body finished")
    except ExceptionGroup as group:
        print(f"{group}: " + ", ".join(str(error) for error in group.exceptions))
    print("main goes on")


asyncio.run(main())
