"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const content = error.name === "ContentError" || /content/i.test(error.message);
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-title">Something went wrong</h1>
      <p className="text-muted">
        {content ? "The study content has a problem. Run npm run content:check to see the file and line." : "The page could not be loaded."}
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
