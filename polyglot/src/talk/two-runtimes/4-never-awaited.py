# A coroutine called without await does nothing: no mail; Python warns on stderr.
import asyncio


async def send_mail():
    print("mail sent")


async def main():
    send_mail()
    print("main ends")


asyncio.run(main())
