# A task that fails and is never awaited: the program goes on; the loop only logs the lost exception.
import asyncio


async def send_mail():
    print("sending the mail")
    raise OSError("mail server down")


async def main():
    asyncio.create_task(send_mail())
    await asyncio.sleep(0.01)
    print("main ends normally")


asyncio.run(main())
