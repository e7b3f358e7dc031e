"use client";

import { Button } from "@/components/ui/button";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { resetSmsPrice } from "@/lib/actions/reset-sms-price";
import { saveSmsPrice } from "@/lib/actions/save-sms-price";
import type { PriceLine } from "@/lib/billing/prices";

const countryName = (code: string) => {
  if (code === "*") return "Every other country";
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
};

// One line of the price table: edit the cents per segment in place, or go back to the default.
export function PriceRow({ line }: { line: PriceLine }) {
  const [saved, onSave, saving] = useFormAction(saveSmsPrice);
  const [reset, onReset, resetting] = useFormAction(resetSmsPrice);
  const name = countryName(line.countryCode);
  const error = fieldError(saved, "perSegmentCents") ?? (saved && !saved.ok ? saved.error : undefined);
  return (
    <tr className="border-t border-slate-100">
      <th scope="row" className="py-2 pr-4 text-left font-normal">
        {name} <span className="text-slate-500">({line.countryCode})</span>
        {line.edited && <span className="ml-2 text-xs text-brand-700">edited</span>}
      </th>
      <td className="py-2 pr-4">
        <form onSubmit={onSave} noValidate className="flex items-center gap-2">
          <input type="hidden" name="countryCode" value={line.countryCode} />
          <input
            name="perSegmentCents"
            type="number"
            min={0}
            max={1000}
            step={1}
            defaultValue={line.perSegmentMinor}
            aria-label={`Price per segment for ${name}, in cents`}
            aria-invalid={error ? true : undefined}
            className="w-20 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <span className="text-sm text-slate-500">¢</span>
          <Button
            type="submit"
            variant="secondary"
            pending={saving}
            aria-label={`Save the price for ${name}`}
          >
            Save
          </Button>
          {error && (
            <span role="alert" className="text-xs text-red-600">
              {error}
            </span>
          )}
        </form>
      </td>
      <td className="py-2">
        {line.edited && (
          <form onSubmit={onReset}>
            <input type="hidden" name="countryCode" value={line.countryCode} />
            <Button
              type="submit"
              variant="ghost"
              pending={resetting}
              aria-label={`Reset the price for ${name}`}
            >
              Reset
            </Button>
            {reset && !reset.ok && <span className="text-xs text-red-600">{reset.error}</span>}
          </form>
        )}
      </td>
    </tr>
  );
}
