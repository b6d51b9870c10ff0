import { useEffect, useState } from "react";
import { useCopyText } from "../../components/useCopyText.ts";
import { isEmbeddable, pymSnippet } from "../../embed/embedSnippet.ts";
import { useActiveLocale } from "../../i18n/useActiveLocale.ts";
import { useT } from "../../i18n/useT.ts";
import { CopyField } from "./CopyField.tsx";
import { fileStem } from "./fileStem.ts";

/**
 * This page's embed code, ready to copy: an iframe of its embedded view (`?embed=1`) that Pym.js
 * keeps as tall as its content. The page's address is read once drawn, so a page rendered at
 * build time and its hydration agree.
 */
export function EmbedCode({ title }: { title: string }) {
  const t = useT();
  const [pageUrl, setPageUrl] = useState("");
  const [copied, copyText] = useCopyText();
  useEffect(() => setPageUrl(window.location.href), []);
  // Taken in another language than English, the embed shows in it to every reader of the host
  // page (an embed beside a Spanish article speaks Spanish); in English, in each reader's own.
  const locale = useActiveLocale();
  const lang = locale === "en" ? undefined : locale;
  const code = pymSnippet(pageUrl, title, `sourceline-${fileStem(title)}`, lang);
  if (pageUrl !== "" && !isEmbeddable(pageUrl)) {
    return <p className="embed-code embed-code__status">{t("export.embedNeedsServer")}</p>;
  }
  const copy = () => copyText(code);
  return (
    <div className="embed-code">
      <CopyField
        label={t("export.embedLabel")}
        value={code}
        byHand={t("export.copyCodeByHand")}
        action={t("export.copyEmbed")}
        fieldClass="embed-code__text"
        rows={5}
        copied={copied}
        onCopy={copy}
      />
    </div>
  );
}
