import { formatDate } from "@/lib/format";
import { messages } from "@/lib/messages";
import type { DatasetInfo } from "@/lib/dataset-info";

export function SiteFooter({ info }: { info: DatasetInfo }) {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6 text-sm text-gray-700 sm:grid-cols-2">
        <p>
          {messages.footer.currentTo} <time dateTime={info.currentTo}>{formatDate(info.currentTo)}</time> · {messages.footer.version}{" "}
          <span className="font-mono" data-testid="dataset-version">{info.version}</span> · {info.statements} statements, {info.positions} coded positions
        </p>
        <p className="sm:text-right">{messages.footer.sources}</p>
      </div>
    </footer>
  );
}
