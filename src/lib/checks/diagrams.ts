// A diagram's arrows may only join its declared participants.
import { fileOf, type Problem } from '../content/problems.ts';

export interface DiagramLike {
  id: string;
  filePath?: string;
  data: { participants: { id: string }[]; steps: { from: { id: string }; to: { id: string } }[] };
}

export function checkDiagrams(diagrams: DiagramLike[]): Problem[] {
  return diagrams.flatMap((d) => {
    const members = new Set(d.data.participants.map((p) => p.id));
    return d.data.steps.flatMap((s, i) =>
      (['from', 'to'] as const)
        .filter((end) => !members.has(s[end].id))
        .map((end) => ({
          file: fileOf('diagrams', d),
          field: `steps[${i}].${end}`,
          message: `"${s[end].id}" is not one of the diagram's participants`,
          fix: `add ${s[end].id} to participants, or correct the step`,
        })),
    );
  });
}
