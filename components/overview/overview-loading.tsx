// The overview's placeholder while its figures load: eight tile-sized blocks where the tiles will be.
export function OverviewLoading() {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-busy>
      {Array.from({ length: 8 }, (_, index) => (
        <div key={index} className="h-20 animate-pulse rounded-lg bg-slate-200/60" />
      ))}
    </div>
  );
}
