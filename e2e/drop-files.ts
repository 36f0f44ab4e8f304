/** Files dropped on the app's window, for the import specs of the browser edition and the desktop app. */
import { expect, type Page } from '@playwright/test';

/** Drop files on the window the way a browser does: dragenter, dragover, then drop, with a DataTransfer of Files. */
export async function dropFiles(page: Page, files: Array<{ name: string; base64: string; type?: string }>, checkOverlay = false) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bin = atob(f.base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.type ?? '' }));
    }
    (window as unknown as { dt_: DataTransfer }).dt_ = dt;
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, files);
  if (checkOverlay) await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.evaluate(() => {
    const dt = (window as unknown as { dt_: DataTransfer }).dt_;
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  });
  if (checkOverlay) await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
}
