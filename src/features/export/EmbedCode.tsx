import { useEffect, useState } from "react";
import { useCopyText } from "../../components/useCopyText.ts";
import { isEmbeddable, pymSnippet } from "../../embed/embedSnippet.ts";
import { CopyField } from "./CopyField.tsx";
import { fileStem } from "./fileStem.ts";

/**
 * This page's embed code, ready to copy: an iframe of its embedded view (`?embed=1`) that Pym.js
 * keeps as tall as its content. The page's address is read once drawn, so a page rendered at
 * build time and its hydration agree.
 */
export function EmbedCode({ title }: { title: string }) {
  const [pageUrl, setPageUrl] = useState("");
  const [copied, copyText] = useCopyText();
  useEffect(() => setPageUrl(window.location.href), []);
  const code = pymSnippet(pageUrl, title, `sourceline-${fileStem(title)}`);
  if (pageUrl !== "" && !isEmbeddable(pageUrl)) {
    return (
      <p className="embed-code embed-code__status">
        To embed this timeline on another page, put it on a web server first: a page opened from a
        file cannot be shown inside another site.
      </p>
    );
  }
  const copy = () => copyText(code);
  return (
    <div className="embed-code">
      <CopyField
        label="Embed on a page"
        value={code}
        noun="code"
        action="Copy embed code"
        fieldClass="embed-code__text"
        rows={5}
        copied={copied}
        onCopy={copy}
      />
    </div>
  );
}
