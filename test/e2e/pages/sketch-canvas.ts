import { expect, type Locator, type Page } from '@playwright/test';

/** The Excalidraw canvas inside the "Drawing canvas" region (interview and self-assessment). */
export class SketchCanvasModel {
  constructor(readonly page: Page) {}

  /** The canvas that takes the pointer; the library loads lazily, so allow it time. */
  async ready(): Promise<Locator> {
    const canvas = this.page
      .getByRole('region', { name: 'Drawing canvas' })
      .locator('canvas.interactive');
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    return canvas;
  }

  /** Draws a rectangle as a user does: the `r` tool, then a drag. */
  async drawBox() {
    const canvas = await this.ready();
    // The mouse moves in page coordinates: bring the canvas into view before measuring it.
    await canvas.scrollIntoViewIfNeeded();
    await canvas.click({ position: { x: 10, y: 10 } });
    const box = (await canvas.boundingBox())!;
    await this.page.keyboard.press('r');
    await this.page.mouse.move(box.x + 60, box.y + 60);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + 200, box.y + 160, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Pixels of the drawn scene that differ from the white background: 0 when nothing shows. */
  async drawnPixels(): Promise<number> {
    return this.page
      .getByRole('region', { name: 'Drawing canvas' })
      .locator('canvas.static')
      .evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let drawn = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250) drawn++;
        return drawn;
      });
  }
}
