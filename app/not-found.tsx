import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-600">404</p>
      <h1 className="text-3xl font-bold">This page is not in Parley</h1>
      <p className="text-gray-700">The address may hold an issue or page that does not exist. Every issue is listed on the overview.</p>
      <p>
        <Link href="/" className="font-medium text-blue-800 underline">
          Go to the overview
        </Link>
      </p>
    </div>
  );
}
