// A search hit's text with the matched words marked: text nodes and <mark> elements
// built from the server's highlight offsets alone.
//
// The offsets (docs/API.md, "Search") count Unicode code points, not the UTF-16 units
// JavaScript strings index by, so the text is cut as Array.from(content): an emoji or any
// character outside the BMP before a match would otherwise shift every mark after it.
// The text is never parsed: what looks like markup in a message stays text.

// A long message is shown from a little before its first match, so that the match is in
// sight; the cut goes at a space, never inside a word or a grapheme.
const LEAD = 40;

export function markedText(content, highlights) {
  const chars = Array.from(String(content || ""));
  const spans = (highlights || []).filter(
    (span) =>
      Array.isArray(span) &&
      Number.isInteger(span[0]) &&
      Number.isInteger(span[1]) &&
      span[0] >= 0 &&
      span[0] < span[1] &&
      span[1] <= chars.length,
  );
  const nodes = [];
  let at = 0;
  if (spans.length && spans[0][0] > LEAD) {
    const space = chars.slice(spans[0][0] - LEAD, spans[0][0]).findIndex((char) => /\s/.test(char));
    if (space >= 0) {
      at = spans[0][0] - LEAD + space + 1;
      nodes.push(document.createTextNode("…"));
    }
  }
  for (const [start, end] of spans) {
    if (start < at) continue; // overlapping spans are not sent; one would be skipped
    if (start > at) nodes.push(document.createTextNode(chars.slice(at, start).join("")));
    const mark = document.createElement("mark");
    mark.textContent = chars.slice(start, end).join("");
    nodes.push(mark);
    at = end;
  }
  if (at < chars.length) nodes.push(document.createTextNode(chars.slice(at).join("")));
  return nodes;
}
