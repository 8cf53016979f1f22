import Link from "next/link";
import { LEVELS, SEEDS, type Item, type Source } from "@/lib/content/schema";
import { browseHref } from "@/lib/srs/browse-filter";
import { Chip } from "@/components/ui/chip";

/** The small print every item carries: kind, level, tags and where it comes from. */

export const KIND_LABELS = { card: "Card", check: "Concept check", ladder: "Interview ladder" } as const;

const SEED_CODES = new Map<string, string>(Object.entries(SEEDS).map(([code, file]) => [file, code]));

/** "Seed 000 · §8 Raft" for the course seeds, the reference as written for an external source. */
export function sourceText(s: Source): { kind: "seed" | "external"; text: string; title?: string } {
  if ("file" in s) return { kind: "seed", text: `Seed ${SEED_CODES.get(s.file) ?? s.file} · ${s.section}`, title: s.file };
  return { kind: "external", text: s.ref };
}

export function LevelBadge({ level }: { level: Item["level"] }) {
  return (
    <Chip title="1 core (must know), 2 working (can apply), 3 deep (interview follow-up)">
      Level {level} · {LEVELS[level]}
    </Chip>
  );
}

export function ItemTags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1 text-caption">
      {tags.map((t) => (
        <li key={t}>
          <Link href={browseHref({ tag: t })} className="rounded-full bg-surface-sunken px-2 py-0.5 text-muted hover:text-ink hover:underline">
            #{t}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ItemSources({ sources, compact = false }: { sources: Source[]; compact?: boolean }) {
  return (
    <div className={compact ? "text-caption" : "text-small"}>
      <span className="text-muted">Sources: </span>
      <ul className="inline">
        {sources.map((s, i) => {
          const t = sourceText(s);
          return (
            <li key={i} className="inline after:content-['_·_'] last:after:content-none">
              <cite title={t.title} className="not-italic">
                {t.kind === "external" ? (
                  <>
                    <abbr title="external reference" className="text-muted no-underline">
                      ext
                    </abbr>{" "}
                  </>
                ) : null}
                {t.text}
              </cite>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Kind, level and tags on one line, above an item. */
export function ItemHeader({ item, children }: { item: Item; children?: React.ReactNode }) {
  return (
    <div className="mb-2 flex flex-wrap items-center gap-2 text-caption text-muted">
      <span className="font-semibold uppercase tracking-wide">{KIND_LABELS[item.kind]}</span>
      <LevelBadge level={item.level} />
      {item.kind === "card" && item.myth ? <Chip tone="warn">Myth or fact ({item.myth})</Chip> : null}
      {item.kind === "check" ? <span>{item.type}</span> : null}
      <ItemTags tags={item.tags} />
      {children}
    </div>
  );
}
