// A titled block holding one staff form (publish, unpublish, replace, edit…): the heading names the
// section for screen readers, the form is the shared renderer of components/programme/programme-form.tsx.
import type { ComponentProps, ReactNode } from "react";
import { ProgrammeForm } from "@/components/programme/programme-form";

type Props = Omit<ComponentProps<typeof ProgrammeForm>, "idPrefix"> & {
  /** Also the prefix of the form's input ids, so it must be unique on the page. */
  id: string;
  title: string;
  /** Shown between the title and the form. */
  children?: ReactNode;
  /** A framed block (for short, decisive forms such as publishing). */
  framed?: boolean;
};

export function FormSection({ id, title, children, framed, ...form }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} className={framed ? "space-y-3 rounded-card border border-divider bg-surface p-4" : "space-y-3"}>
      <h2 id={`${id}-title`} className="text-xl">{title}</h2>
      {children}
      <ProgrammeForm idPrefix={id} {...form} />
    </section>
  );
}
