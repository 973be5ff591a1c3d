# asyncio.run ends with main: a task still sleeping is cancelled, and only its finally runs.
import asyncio


async def background():
    try:
        print("background sleeps")
        await asyncio.sleep(0.5)
        print("background woke up")
    finally:
        print("background: finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())
