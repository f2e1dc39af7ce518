// The drawing space the charts share (the svg scales to the width of its container): the same
// width and margins for the axis labels, each chart its own height.

/** A chart's frame: `height`, with the right and top margins a chart may want narrower or wider. */
export function chartFrame(height: number, { right = 6, top = 12 }: { right?: number; top?: number } = {}) {
  const WIDTH = 600;
  const LEFT = 30;
  const BOTTOM = 22;
  const PLOT_H = height - top - BOTTOM;
  return { WIDTH, HEIGHT: height, LEFT, RIGHT: right, TOP: top, PLOT_W: WIDTH - LEFT - right, PLOT_H, BASE: top + PLOT_H };
}

/** Coordinates to two decimals: shorter markup, no visible difference. */
export const round = (n: number) => Math.round(n * 100) / 100;
