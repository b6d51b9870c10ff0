import type { MouseEvent } from "react";
import { useT } from "../i18n/useT.ts";

/** Where "Skip to the timeline" lands: the chart's mark in the tab order, else the chart, else the view. */
function skipTarget(): HTMLElement | SVGElement | null {
  const main = document.getElementById("main");
  if (!main) return null;
  return (
    main.querySelector<HTMLElement | SVGElement>('.timeline__chart [tabindex="0"]') ??
    main.querySelector<HTMLElement>(".timeline__chart[tabindex]") ??
    main.querySelector<HTMLElement>("#event-list-title") ??
    main
  );
}

/**
 * The first stop of the Tab key: past the masthead and the toolbar, straight to the timeline's
 * marks (or the list). Without script it is a plain link to the main content.
 */
export function SkipLink() {
  const t = useT();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    const target = skipTarget();
    if (!target) return;
    // The address keeps its view state: no #main added to it.
    e.preventDefault();
    target.focus();
  };
  return (
    // biome-ignore lint/a11y/useValidAnchor: a link to #main, followed as one without script; with it, it also lands on the chart's mark.
    <a className="skip-link" href="#main" onClick={onClick}>
      {t("app.skipToTimeline")}
    </a>
  );
}
