const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * The page with its app's code fetched at once but run only after the first paint: the story is
 * in the HTML, and running the code straight after parsing would hold that paint up. A page that
 * names another dataset (`?data=`) runs it at once: it has nothing to show before.
 */
export function paintFirst(html: string): string {
  const match = APP_SCRIPT.exec(html);
  if (!match) return html;
  const src = match[1] as string;
  const loader = `<script>
      (() => {
        const start = () => {
          const script = document.createElement("script");
          script.type = "module";
          script.crossOrigin = "";
          script.src = ${JSON.stringify(src)};
          document.body.append(script);
        };
        if (new URLSearchParams(location.search).has("data")) return start();
        // After the first paint (the browser reports it), or in a second at the latest (a page
        // opened in the background paints later).
        let started = false;
        const once = () => {
          if (!started) start();
          started = true;
        };
        new PerformanceObserver((list) => {
          if (list.getEntriesByName("first-contentful-paint").length > 0) once();
        }).observe({ type: "paint", buffered: true });
        setTimeout(once, 1000);
      })();
    </script>`;
  return html
    .replace(APP_SCRIPT, `<link rel="modulepreload" crossorigin href="${src}">`)
    .replace("</body>", `    ${loader}\n  </body>`);
}
