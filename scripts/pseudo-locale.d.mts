export const PSEUDO_GROWTH: number;
export function pseudoMessage(text: string): string;
export function pseudoMessages(english: Record<string, string>): Record<string, string>;
