import type { ParentGuide } from '@/domain/schemas';

/** "What parents need to know" and "Families can talk about". */
export function TalkAboutList({ guide }: { guide: ParentGuide }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <h3 className="text-lg font-semibold">What parents need to know</h3>
        <p className="mt-2 max-w-prose leading-relaxed">{guide.parentsNeedToKnow}</p>
      </div>
      <div>
        <h3 className="text-lg font-semibold">Families can talk about</h3>
        <ul className="mt-2 list-disc space-y-2 pl-5 leading-relaxed marker:text-stone-500">
          {guide.talkAbout.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
