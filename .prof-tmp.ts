import { chromium } from "@playwright/test";
import fs from "node:fs";
const PORT = 3242;
async function main() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/review`);
  await page.getByTestId("card-front").waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-v8.cpu_profiler", transferMode: "ReturnAsStream" } as never);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Space");
    await page.waitForTimeout(150);
    await page.keyboard.press("3");
    await page.waitForTimeout(150);
  }
  const done = new Promise<string>((r) => cdp.once("Tracing.tracingComplete", (e: { stream?: string }) => r(e.stream!)));
  await cdp.send("Tracing.end");
  const stream = await done;
  let data = "";
  for (;;) {
    const chunk = (await cdp.send("IO.read", { handle: stream })) as { data: string; eof: boolean };
    data += chunk.data;
    if (chunk.eof) break;
  }
  fs.writeFileSync("/tmp/rvprof/trace.json", data);
  await browser.close();
}
main();
