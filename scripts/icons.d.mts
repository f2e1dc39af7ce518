export const ICON_SIZES: number[];
export function renderIcon(size: number): Buffer;
