/**
 * How every tool here starts Chromium: Debian's build (or CHROME_PATH), never a downloaded one,
 * headless, with its background traffic switched off (the machines have no network to spare).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
