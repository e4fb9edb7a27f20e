import type { Formats } from "next-intl";

/** Named formats for dates, numbers and money, used through next-intl's formatter on every page. */
export const FORMATS = {
  dateTime: {
    short: { day: "numeric", month: "short", year: "numeric" },
    long: { day: "numeric", month: "long", year: "numeric" },
    withTime: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
  },
  number: {
    money: { style: "currency", currency: "MAD", maximumFractionDigits: 0 },
    percent: { style: "percent", maximumFractionDigits: 0 },
  },
} satisfies Formats;
