import Link from "next/link";

export default function ItemNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-title">Item not found</h1>
      <p>
        No card, check or ladder has this id (it may have been removed from the content).{" "}
        <Link href="/browse" className="text-accent underline underline-offset-2">
          Browse all items
        </Link>
        .
      </p>
    </div>
  );
}
