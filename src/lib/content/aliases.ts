// Old claim ids kept as aliases build redirect pages, so a shared link never
// breaks. aliasMap says where each old id goes; checks/aliases.ts guards it.

export interface ClaimWithAliases {
  id: string;
  filePath?: string;
  data: { aliases: string[] };
}

/** alias → current claim id. */
export function aliasMap(claims: ClaimWithAliases[]): Map<string, string> {
  return new Map(claims.flatMap((c) => c.data.aliases.map((a) => [a, c.id] as const)));
}
