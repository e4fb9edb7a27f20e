// Route parameters of the budget's pages: a cycle's year, a proposal's number.
export function yearParam(value: string): number | null {
  return /^(20\d\d|2100)$/.test(value) ? Number(value) : null;
}

export function idParam(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
