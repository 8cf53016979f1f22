"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const content = error.name === "ContentError" || /content/i.test(error.message);
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        {content ? "The study content has a problem. Run npm run content:check to see the file and line." : "The page could not be loaded."}
      </p>
      <button type="button" onClick={reset} className="rounded border border-zinc-300 px-3 py-1.5 dark:border-zinc-700">
        Try again
      </button>
    </div>
  );
}
