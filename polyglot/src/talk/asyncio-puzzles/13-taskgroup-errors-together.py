# Two tasks of a group fail in the same turn: both errors are raised together.
import asyncio


async def fail_now(message):
    print(f"{message} raising")
    raise ValueError(message)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_now("a failed"))
            tg.create_task(fail_now("b failed"))
            print("body ends")
    except ExceptionGroup as group:
        print(f"{group}: " + ", ".join(str(error) for error in group.exceptions))


asyncio.run(main())
