import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p>
        That page does not exist. <Link href="/" className="underline">Back to the dashboard</Link>.
      </p>
    </div>
  );
}
