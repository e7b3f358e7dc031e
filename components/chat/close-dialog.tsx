"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import {
  type LeadQualification,
  leadQualificationLabel,
  leadQualifications,
} from "@/lib/chat/lead-qualification";

interface CloseDialogProps {
  open: boolean;
  pending: boolean;
  onClose: () => void; // dismissed: nothing happens
  onConfirm: (qualification: LeadQualification | undefined) => void; // undefined: closed without qualifying
}

// SK9: closing asks for the lead's qualification. A native <dialog> (focus kept inside, Escape cancels); the
// radios are one group the arrow keys move through; skipping is allowed.
export function CloseDialog({ open, pending, onClose, onConfirm }: CloseDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-full max-w-sm rounded-lg border border-slate-200 p-5 shadow-xl backdrop:bg-slate-900/30"
    >
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          const picked = new FormData(e.currentTarget).get("qualification");
          onConfirm(leadQualifications.find((q) => q === picked));
        }}
      >
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          Close conversation
        </h2>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-slate-700">
            How would you qualify this lead?
          </legend>
          {leadQualifications.map((q) => (
            <label key={q} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="qualification" value={q} className="accent-brand-600" />
              {leadQualificationLabel[q]}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button variant="secondary" disabled={pending} onClick={() => onConfirm(undefined)}>
            Skip and close
          </Button>
          <Button type="submit" pending={pending}>
            Close
          </Button>
        </div>
      </form>
    </dialog>
  );
}
