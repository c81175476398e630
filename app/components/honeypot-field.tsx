import { HONEYPOT_FIELD } from "~/lib/honeypot";

/** Off-screen and out of the tab order; screen readers skip it (aria-hidden). */
export function HoneypotField() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={HONEYPOT_FIELD}>Ne pas remplir / Do not fill</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
