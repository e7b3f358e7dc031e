import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { DEMO_AS_COOKIE, type Persona, personas } from "@/lib/demo/personas";

// Switching forgets the widget's visitor token, so the next load is a new visitor as that person.
const switchScript = `document.addEventListener("click", function (e) {
  var b = e.target.closest && e.target.closest("[data-demo-as]");
  if (!b) return;
  document.cookie = "${DEMO_AS_COOKIE}=" + b.dataset.demoAs + "; path=/demo; SameSite=Lax";
  try { localStorage.removeItem("herald:${DEMO_PUBLIC_KEY}:token"); } catch (_) {}
  location.reload();
});`;

// Not part of the customer site: a panel for trying Herald, clearly set apart.
export function BrowseAs({ current }: { current: Persona }) {
  return (
    <aside
      aria-label="Browse as"
      className="border-b-4 border-dashed border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2">
        <span className="font-semibold">Herald demo · Browse as:</span>
        {(Object.keys(personas) as Persona[]).map((id) => (
          <button
            key={id}
            type="button"
            data-demo-as={id}
            aria-pressed={id === current}
            title={personas[id].hint}
            className="rounded-md border border-amber-300 bg-white px-2.5 py-1 hover:bg-amber-100 aria-pressed:border-amber-600 aria-pressed:bg-amber-200 aria-pressed:font-semibold"
          >
            {personas[id].label}
          </button>
        ))}
        <span className="text-amber-800">{personas[current].hint}</span>
      </div>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of ours, no user input */}
      <script dangerouslySetInnerHTML={{ __html: switchScript }} />
    </aside>
  );
}
