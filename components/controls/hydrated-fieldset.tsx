"use client";

import { useIsPrerendered } from "../hooks/use-url-search";

/**
 * Form controls that stay disabled until the page has hydrated. Before that nothing answers them:
 * a filter chosen on a slow network would show in its field while the view below stayed as it
 * was. A fieldset disables every control inside it at once, and as its own component it is the
 * only thing that renders again when the page comes alive (its children are the same elements).
 * Tailwind's preflight removes the fieldset's border, margin and padding, and min-w-0 its
 * min-content width, so it adds no box of its own and nothing moves when it is enabled.
 */
export function HydratedFieldset({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  const prerendered = useIsPrerendered();
  return (
    <fieldset disabled={prerendered} className={`min-w-0 ${className}`}>
      {children}
    </fieldset>
  );
}
