/** Placeholder cards while a list loads; one status message for screen readers. */
export function ListSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div className="list-skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="list-skeleton__card" aria-hidden="true">
          <div className="list-skeleton__line list-skeleton__line--title" />
          <div className="list-skeleton__line" />
          <div className="list-skeleton__line list-skeleton__line--short" />
        </div>
      ))}
    </div>
  );
}
