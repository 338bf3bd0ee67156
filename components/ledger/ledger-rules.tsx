import { LEDGER_RULES } from "@/lib/view/ledger";

/** The ledger's written rules as a definition list: the same words on /ledger/ and on /methodology/. */
export function LedgerRules({ className, itemClassName }: { className: string; itemClassName?: string }) {
  return (
    <dl className={className}>
      {LEDGER_RULES.map((rule) => (
        <div key={rule.term} className={itemClassName}>
          <dt className="font-semibold">
            {rule.glyph ? <span aria-hidden="true">{rule.glyph} </span> : null}
            {rule.term}
          </dt>
          <dd>{rule.rule}</dd>
        </div>
      ))}
    </dl>
  );
}
