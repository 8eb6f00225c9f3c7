/**
 * A sheet's notes (Excel's legacy comments: `xl/commentsN.xml`) as the core sees them: the cell,
 * the text (rich-text runs joined, phonetic runs left out) and the author. Left out: a note whose
 * cell reference cannot be read, and the stand-in Excel writes there for each threaded comment (its
 * author "tc={id}"): a threaded comment lives in its own part, and KHCT does not move it; those
 * cells are given apart (a note cannot go there).
 * Read with the XML parser, like every part KHCT reads.
 */
import { cellRef } from "../core/sheet/address";
import type { Note } from "../core/sheet/patch";
import { parseXml } from "../ooxml/xml";
import { unescapeOoxml } from "./read-shared-strings";

/** The author Excel gives the legacy stand-in of a threaded comment. */
const THREADED = /^tc=\{/;

export function readComments(xml: string): { notes: Note[]; threaded: string[] } {
  const authors: string[] = [];
  const notes: Note[] = [];
  const threaded: string[] = [];
  let author: string[] | undefined;
  let comment: { cell: string | undefined; authorId: number; text: string[] } | undefined;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open: (e) => {
      switch (e.local) {
        case "author":
          author = [];
          break;
        case "comment": {
          let cell: string | undefined;
          try {
            cell = cellRef(e.attr("ref") ?? "");
          } catch {
            cell = undefined;
          }
          comment = { cell, authorId: Number(e.attr("authorId") ?? -1), text: [] };
          break;
        }
        case "rPh":
          phonetic++;
          break;
        case "t":
          inText = true;
          break;
      }
    },
    close: (local) => {
      switch (local) {
        case "author":
          authors.push((author ?? []).join(""));
          author = undefined;
          break;
        case "comment":
          if (comment?.cell && THREADED.test(authors[comment.authorId] ?? "")) threaded.push(comment.cell);
          else if (comment?.cell) notes.push({ cell: comment.cell, text: unescapeOoxml(comment.text.join("")), ...(authors[comment.authorId] ? { author: authors[comment.authorId] } : {}) });
          comment = undefined;
          break;
        case "rPh":
          phonetic--;
          break;
        case "t":
          inText = false;
          break;
      }
    },
    text: (t) => {
      if (author) author.push(t);
      else if (comment && inText && !phonetic) comment.text.push(t);
    },
  });
  return { notes, threaded };
}
