import { categories, categoryGroups } from "#db/reference/taxonomy";
import { useLocale } from "~/lib/locale";

/**
 * The taxonomy's categories as checkboxes, one disclosure per group, open when it held a
 * choice on arrival; its summary says how many of `counted` it holds (`chosenLabel`).
 */
export function CategoryChecklist({
  name,
  initial,
  counted,
  chosenLabel,
}: {
  name: string;
  initial: readonly string[];
  counted: readonly string[];
  chosenLabel: (count: number) => string;
}) {
  const locale = useLocale();
  return (
    <>
      {categoryGroups.map((group) => {
        const members = categories.filter((c) => c.groupCode === group.code);
        const count = members.filter((c) => counted.includes(c.code)).length;
        return (
          <details
            key={group.code}
            open={members.some((c) => initial.includes(c.code)) || undefined}
            className="rounded-md border border-slate-200 bg-white"
          >
            <summary className="cursor-pointer px-3 py-2 font-medium">
              {group.name[locale]}
              {count > 0 ? (
                <span className="ml-2 text-sm font-normal text-brand-800">({chosenLabel(count)})</span>
              ) : null}
            </summary>
            <div className="grid gap-x-6 gap-y-2 px-3 pb-3 sm:grid-cols-2">
              {members.map((c) => (
                <div key={c.code} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    id={`${name}-${c.code}`}
                    name={name}
                    value={c.code}
                    defaultChecked={initial.includes(c.code)}
                    className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                  />
                  <label htmlFor={`${name}-${c.code}`}>{c.name[locale]}</label>
                </div>
              ))}
            </div>
          </details>
        );
      })}
    </>
  );
}
