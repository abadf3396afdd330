/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an explainer page before its MDX renders; read by the MDX components. */
    explainer?: import('./lib/views/mdx-page.ts').MdxPage;
  }
}
