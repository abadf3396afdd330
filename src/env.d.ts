/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an explainer page before its MDX renders; read by the MDX components. */
    explainer?: {
      /** Claim ids in order of first mention: a claim's marker number is its index + 1. */
      order: string[];
      /** Claims already given their #claim-<id> anchor on this page. */
      anchored: Set<string>;
      /** Counter for unique popover ids. */
      popovers: number;
      /** Show claim previews (popovers); otherwise markers are plain links to the list at the end. */
      previews: boolean;
    };
  }
}
