import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, firstVisit, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';
import { WCAG_22_AA } from './staff-helpers.js';

/** Lets the page settle (pending renders and effects run), then jumps the clock ahead. */
async function idleFor(page: Page, time: string): Promise<void> {
  await page.clock.runFor(1000);
  await page.clock.fastForward(time);
}

/** The countdown dialog's frame and what lies behind it, as the browser computed them. */
function frameOf(page: Page) {
  return page.getByRole('alertdialog').evaluate((dialog) => {
    const own = getComputedStyle(dialog);
    return {
      width: Number.parseFloat(own.borderTopWidth),
      style: own.borderTopStyle,
      colour: own.borderTopColor,
      page: getComputedStyle(document.body).backgroundColor,
      backdrop: dialog.parentElement ? getComputedStyle(dialog.parentElement).backgroundColor : '',
    };
  });
}

for (const forcedColors of ['none', 'active'] as const) {
  test(`in high contrast${forcedColors === 'active' ? ' and forced colours' : ''}, the idle countdown is framed apart from the page and readable`, async ({
    page,
    server,
  }) => {
    // axe on a busy machine can outlast the usual countdown: the dialog must stay while it looks.
    test.setTimeout(90_000);
    Object.assign(server.app.kioskConfig, { countdownSeconds: 600 });
    const t = await kioskStrings('ar');
    await page.emulateMedia({ forcedColors });
    await page.clock.install();
    await firstVisit(page);
    await startVisit(page, 'العربية');
    await page.getByRole('button', { name: t('topBar.contrast') }).click();
    await expect(page.locator('html')).toHaveClass(/high-contrast/);

    await idleFor(page, '01:30');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    const frame = await frameOf(page);
    expect(frame.width).toBeGreaterThanOrEqual(3);
    expect(frame.style).toBe('solid');
    expect(frame.colour).not.toBe(frame.page);
    expect(frame.colour).not.toBe(frame.backdrop);

    const { violations } = await new AxeBuilder({ page }).include('[role=alertdialog]').withTags(WCAG_22_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
