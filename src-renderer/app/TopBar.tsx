/** The page heading: one h1 per page, with a short line saying what the page is for. */
export const TopBar = ({ title, subtitle }: { title: string; subtitle?: string | undefined }) => (
  <header className="topbar">
    <div>
      <h1>{title}</h1>
      {subtitle ? <p className="topbar-subtitle">{subtitle}</p> : null}
    </div>
  </header>
);
