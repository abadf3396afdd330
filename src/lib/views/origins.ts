// Two articles that make one claim may both relay the same report: then they
// agree as two accounts of it, not as independent confirmation, and a claim
// page says so, naming the report's publisher.

/** The source every one of `sources` cites, if they share one (the first in the first's order). */
export function sharedOrigin(sources: { cites: string[] }[]): string | undefined {
  if (sources.length < 2) return undefined;
  return sources[0]!.cites.find((id) => sources.every((s) => s.cites.includes(id)));
}

/** What a claim page says of its several sources. */
export function agreementNote(count: number, originPublisher: string | undefined): string {
  const all = count === 2 ? 'Both' : `All ${count}`;
  const make = `${all} sources make this claim, word for word below.`;
  return originPublisher
    ? `${make} ${all === 'Both' ? 'Both' : 'All'} rely on the same report by ${originPublisher}, so they agree as ${count === 2 ? 'two' : count} accounts of it, not as independent confirmation.`
    : make;
}
