import { t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import type { NoteKind } from "./vocabulary.ts";

const LABEL_KEYS: Record<NoteKind, MessageKey> = {
  wrong: "notes.wrong",
  disputed: "notes.disputed",
  vague: "notes.vague",
  unverified: "notes.unverified",
};

const CLAIM_KEYS: Record<NoteKind, MessageKey> = {
  wrong: "notes.claimWrong",
  disputed: "notes.claimDisputed",
  vague: "notes.claimVague",
  unverified: "notes.claimUnverified",
};

/** What a kind of note is called on its badge, in the reader's language: never colour alone. */
export function noteKindLabel(kind: NoteKind): string {
  return t(LABEL_KEYS[kind]);
}

/** What a note of a kind says of the excerpts it concerns, as a reader's sentence. */
export function noteKindClaim(kind: NoteKind): string {
  return t(CLAIM_KEYS[kind]);
}
