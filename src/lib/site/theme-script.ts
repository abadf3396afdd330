// The one inline script that must run before first paint (so a reader who
// chose dark never sees a flash of light). Kept as a string so the build can
// hash it for the Content-Security-Policy (astro.config.mjs).
export const THEME_SCRIPT =
  "(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})();";
