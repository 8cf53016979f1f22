import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-title">Not found</h1>
      <p>
        That page does not exist.{" "}
        <Link href="/" className="text-accent underline underline-offset-2">
          Back to the dashboard
        </Link>
        .
      </p>
    </div>
  );
}
